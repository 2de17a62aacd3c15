import type { Lang } from '../../domain/instrument/types';
import type { LayerResult } from '../../domain/scoring/types';
import { Section } from '../../components/ui/section';
import { useResultsText } from './use-results-text';
import { ScrollTable } from '../../components/ui/scroll-table';

interface LayerSectionProps {
  readonly layers: readonly LayerResult[];
  readonly lang: Lang;
}

/** Share of the 0–5 scale filled by a bar, as a CSS percentage (0 % without a score). */
function barWidth(score: number | null): string {
  return `${score === null ? 0 : Math.min(Math.max(score / 5, 0), 1) * 100}%`;
}

/** Readiness by layer (suprastruktur … dampak): mean answer level and count, with CSS bars. */
export function LayerSection({ layers, lang }: LayerSectionProps) {
  const text = useResultsText(lang);
  const { t } = text;
  return (
    <Section title={t('layers.heading')} className="sc-layers">
      <p className="sc-hint">{t('layers.intro')}</p>
      <div className="sc-card">
        <ScrollTable caption={t('layers.caption')} isCaptionHidden className="sc-layer-table">
          <thead>
            <tr>
              <th scope="col">{t('col.layer')}</th>
              <th scope="col" className="sc-bar-col">{t('col.mean')}</th>
              <th scope="col" className="num">{t('col.count')}</th>
            </tr>
          </thead>
          <tbody>
            {layers.map((l) => (
              <tr key={l.layer}>
                <th scope="row">
                  {t(`layers.name.${l.layer}`)}
                  <span className="sc-layer-hint">{t(`layers.hint.${l.layer}`)}</span>
                </th>
                <td className="sc-bar-col">
                  <span className="sc-bar-cell">
                    <span className="sc-bar__value">{text.score5(l.score)}</span>
                    <span className="sc-bar" aria-hidden="true">
                      <span className="sc-bar__fill" style={{ width: barWidth(l.score) }} />
                    </span>
                  </span>
                </td>
                <td className="num">{t('layers.countValue', { answered: l.answered, total: l.total })}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </div>
    </Section>
  );
}
