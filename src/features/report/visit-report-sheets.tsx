import { useTranslation } from 'react-i18next';
import { GapChart } from '../../charts/gap-chart';
import type { Instrument, Lang } from '../../domain/instrument/types';
import { bandOf } from '../../domain/scoring/bands';
import type { GapMap } from '../../domain/visit/gap-map';
import type { SharedElement } from '../../domain/visit/visit-format';
import type { VisitRecord } from '../../state/visit-store';
import { Sheet } from './print-frame';
import type { ReportText } from './use-report-text';

const elementName = (instrument: Instrument, id: string, lang: Lang) =>
  `${id} ${instrument.dimensions.flatMap((d) => d.elements).find((e) => e.id === id)?.name[lang] ?? ''}`;

interface GapProps {
  readonly gap: GapMap;
  readonly instrument: Instrument;
  readonly lang: Lang;
  readonly visitor: string;
  readonly host: string;
  readonly text: ReportText;
}

/** The visit report's gap map: counts, chart and Table 1 with the same numbers. */
export function VisitGapSheet({ gap, instrument, lang, visitor, host: hostName, text }: GapProps) {
  const { t } = useTranslation('visitReport');
  const signed = (d: number | null) => (d === null ? '—' : `${d > 0 ? '+' : ''}${text.score5(d)}`);
  return (
    <Sheet labelledBy="visit-report-gap">
      <h2 id="visit-report-gap">{t('gapTitle')}</h2>
      <p>{t('gapCounts', gap.counts)}</p>
      <GapChart width={600} rows={gap.elements.map((e) => ({ label: elementName(instrument, e.elementId, lang), difference: e.difference, status: e.status }))}
        caption={t('gapCaption', { host: hostName, visitor })} legend={{ learn: t('status.learn'), share: t('status.share'), equal: t('status.equal') }} format={signed} />
      <table className="report-table">
        <caption>{t('gapTable')}</caption>
        <thead><tr><th scope="col">{t('element')}</th><th scope="col">{visitor}</th><th scope="col">{hostName}</th><th scope="col">{t('difference')}</th><th scope="col">{t('meaning')}</th></tr></thead>
        <tbody>
          {gap.elements.map((e) => (
            <tr key={e.elementId}><th scope="row">{elementName(instrument, e.elementId, lang)}</th><td>{text.score5(e.ours)}</td><td>{text.score5(e.theirs)}</td><td>{signed(e.difference)}</td><td>{t(`status.${e.status}`)}</td></tr>
          ))}
        </tbody>
      </table>
    </Sheet>
  );
}

interface PracticesProps {
  readonly gap: GapMap;
  readonly instrument: Instrument;
  readonly lang: Lang;
  readonly visit: VisitRecord;
  readonly shared: Readonly<Record<string, SharedElement>>;
  /** "Diadopsi dari …, studi banding …". */
  readonly source: string;
  readonly text: ReportText;
}

/** The practices chosen for adoption (with what the host shared) and the adoption plan (Table 2). */
export function VisitPracticesSheet({ gap, instrument, lang, visit, shared, source, text }: PracticesProps) {
  const { t } = useTranslation('visitReport');
  const adopted = gap.elements.filter((e) => visit.adoptions[e.elementId]);
  return (
    <Sheet labelledBy="visit-report-practices">
      <h2 id="visit-report-practices">{t('practicesTitle')}</h2>
      {adopted.length === 0 ? <p>{t('noPractices')}</p> : adopted.map((e) => {
        const s = shared[e.elementId];
        return (
          <section key={e.elementId} className="report-keep">
            <h3>{elementName(instrument, e.elementId, lang)}</h3>
            <p>{t('hostLevel', { level: e.theirs === null ? '—' : bandOf(e.theirs), score: text.score5(e.theirs), ours: e.ours === null ? '—' : bandOf(e.ours), ourScore: text.score5(e.ours) })}</p>
            {s?.practice ? <p>{t('practice')}: {s.practice}</p> : null}
            {s?.opd ? <p>{t('opd')}: {s.opd}</p> : null}
            {s?.evidence?.length ? <ul>{s.evidence.map((x, i) => <li key={i}>{x.title}{x.url && /^https?:\/\//i.test(x.url) ? ` — ${x.url}` : ''}</li>)}</ul> : null}
          </section>
        );
      })}
      <h2>{t('planTitle')}</h2>
      <table className="report-table">
        <caption>{t('planTable')}</caption>
        <thead><tr><th scope="col">{t('element')}</th><th scope="col">{t('owner')}</th><th scope="col">{t('year')}</th><th scope="col">{t('kind')}</th><th scope="col">{t('note')}</th></tr></thead>
        <tbody>
          {adopted.map((e) => {
            const a = visit.adoptions[e.elementId];
            return a ? (
              <tr key={e.elementId}><th scope="row">{elementName(instrument, e.elementId, lang)}</th><td>{a.ownerOpd || t('none')}</td><td>{a.targetYear || t('none')}</td>
                <td>{a.quickWin ? t('quickWin') : t('roadmap')}</td><td>{[a.note.trim(), source].filter(Boolean).join(' · ')}</td></tr>
            ) : null;
          })}
        </tbody>
      </table>
    </Sheet>
  );
}
