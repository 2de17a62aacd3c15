import { GapChart } from '../../charts/gap-chart';
import { ScrollTable } from '../../components/ui/scroll-table';
import { Section } from '../../components/ui/section';
import type { Instrument } from '../../domain/instrument/types';
import type { GapMap } from '../../domain/visit/gap-map';
import { hrefs } from '../../lib/routes';
import type { VisitText } from './use-visit-text';

interface Props {
  readonly gap: GapMap;
  readonly instrument: Instrument;
  readonly otherName: string;
  readonly ourId: string;
  readonly text: VisitText;
}

/** The gap map: counts, the diverging-bar chart and the table with the same numbers. */
export function GapSection({ gap, instrument, otherName, ourId, text }: Props) {
  const { t } = text;
  const signed = (d: number | null) => (d === null ? '—' : `${d > 0 ? '+' : ''}${text.score(d)}`);
  return (
    <Section title={t('gapTitle')} className="visit-gap">
      <p className="muted">{t('gapIntro', { name: otherName })}</p>
      <p data-testid="gap-counts">{t('gapCounts', gap.counts)}</p>
      <GapChart
        rows={gap.elements.map((e) => ({ label: text.elementName(instrument, e.elementId), difference: e.difference, status: e.status }))}
        caption={t('gapCaption', { name: otherName })}
        legend={{ learn: t('status.learn'), share: t('status.share'), equal: t('status.equal') }}
        format={(d) => signed(d)}
      />
      <ScrollTable caption={t('gapTable')}>
        <thead>
          <tr><th scope="col">{t('colElement')}</th><th scope="col">{t('colOurs')}</th><th scope="col">{otherName}</th><th scope="col">{t('colDifference')}</th><th scope="col">{t('colStatus')}</th></tr>
        </thead>
        <tbody>
          {gap.elements.map((e) => (
            <tr key={e.elementId} data-element={e.elementId} data-status={e.status}>
              <th scope="row">{text.elementName(instrument, e.elementId)}</th>
              <td>{text.score(e.ours)}</td>
              <td>{text.score(e.theirs)}</td>
              <td>{signed(e.difference)}</td>
              <td>
                {t(`status.${e.status}`)}
                {e.status === 'learn' || (e.ours !== null && e.ours < 3.5) ? <> · <a href={hrefs.whomToVisit(e.elementId, ourId)}>{t('whoIsGood')}</a></> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </Section>
  );
}
