import type { Instrument, Lang } from '../../domain/instrument/types';
import { BAND_EDGES } from '../../domain/scoring/bands';
import { bandRanges } from './explain-math';
import type { BandRange } from './explain-math';
import { levelText } from './level-badge';
import type { ResultsText } from './use-results-text';
import { ScrollTable } from '../../components/ui/scroll-table';

const RANGES = bandRanges(BAND_EDGES);

function rangeText(range: BandRange, scale: number, text: ResultsText): string {
  const from = range.from === null ? null : text.plain(range.from * scale);
  const to = range.to === null ? null : text.plain(range.to * scale);
  if (from === null) return text.t('explain.bandRangeLow', { to });
  if (to === null) return text.t('explain.bandRangeHigh', { from });
  return text.t('explain.bandRange', { from, to });
}

interface ExplainLegendProps {
  readonly instrument: Instrument;
  readonly lang: Lang;
  readonly text: ResultsText;
}

/** Short legend: the §6.5 formulas and the §6.6 band table (names from the instrument rubric). */
export function ExplainLegend({ instrument, lang, text }: ExplainLegendProps) {
  const { t } = text;
  return (
    <div className="sc-card sc-legend">
      <h3 className="sc-subtitle">{t('explain.legendHeading')}</h3>
      <ul className="sc-formulas">
        <li>{t('explain.formulaElement')}</li>
        <li>{t('explain.formulaDimension')}</li>
        <li>{t('explain.formulaIndex')}</li>
        <li>{t('explain.formulaDisplay')}</li>
        <li>{t('explain.formulaExcluded')}</li>
      </ul>
      <ScrollTable caption={t('explain.bandsCaption')} className="sc-band-table">
        <thead>
          <tr>
            <th scope="col">{t('col.level')}</th>
            <th scope="col" className="num">{t('col.score5')}</th>
            <th scope="col" className="num">{t('col.score100')}</th>
          </tr>
        </thead>
        <tbody>
          {RANGES.map((r) => (
            <tr key={r.level}>
              <th scope="row">{levelText(instrument, r.level, lang)}</th>
              <td className="num">{rangeText(r, 1, text)}</td>
              <td className="num">{rangeText(r, 20, text)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}
