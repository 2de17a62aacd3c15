import type { Instrument, Lang } from '../../domain/instrument/types';
import { findDimension } from '../../domain/instrument/lookup';
import type { DimensionResult } from '../../domain/scoring/types';
import { LevelBadge } from './level-badge';
import { useResultsText } from './use-results-text';
import { ScrollTable } from '../../components/ui/scroll-table';

interface DimensionTableProps {
  readonly instrument: Instrument;
  readonly dimensions: readonly DimensionResult[];
  readonly lang: Lang;
}

/** The radar's numbers as a table (always visible): one row per dimension. */
export function DimensionTable({ instrument, dimensions, lang }: DimensionTableProps) {
  const text = useResultsText(lang);
  const { t } = text;
  return (
    <ScrollTable caption={t('radar.tableCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('col.dimension')}</th>
          <th scope="col" className="num">{t('col.score5')}</th>
          <th scope="col" className="num">{t('col.score100')}</th>
          <th scope="col">{t('col.level')}</th>
          <th scope="col" className="num">{t('col.coverage')}</th>
        </tr>
      </thead>
      <tbody>
        {dimensions.map((d) => (
          <tr key={d.dimensionId}>
            <th scope="row">
              {findDimension(instrument, d.dimensionId)?.name[lang] ?? d.dimensionId}
              {d.isValid ? null : <span className="sc-flag sc-flag--invalid">{t('flag.invalid')}</span>}
            </th>
            <td className="num">{text.score5(d.score)}</td>
            <td className="num">{text.score100(d.score)}</td>
            <td><LevelBadge instrument={instrument} level={d.band} lang={lang} /></td>
            <td className="num">
              {t('coverageValue', {
                answered: d.answered,
                applicable: d.applicable,
                percent: text.percent(d.applicable === 0 ? null : d.answered / d.applicable),
              })}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
