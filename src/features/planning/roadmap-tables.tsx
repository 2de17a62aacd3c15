import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ui/scroll-table';
import type { Instrument, Lang } from '../../domain/instrument/types';
import type { ElementRoadmapRow, Gaps, RoadmapView } from '../../domain/planning';
import { setFinalTarget, setMode, setYearlyTarget } from '../../domain/planning';
import type { Roadmap, TargetMode } from '../../domain/planning/types';
import type { ScoreResult } from '../../domain/scoring/types';
import { localeOf } from '../../i18n';
import { formatScore5 } from '../../lib/format';
import { dimensionName, elementName } from './instrument-names';
import { TargetInput } from './target-input';

const TOLERANCE = 1e-9;

/** "+0,80", "terpenuhi" (met exactly), "−0,50 · di bawah skor saat ini" (flagged) or "belum dinilai". */
function useGapText(lang: Lang): (gap: number | null | undefined) => string {
  const { t } = useTranslation('planning');
  const locale = localeOf(lang);
  return (gap) => {
    if (gap === null || gap === undefined) return t('roadmap.notScored');
    if (gap < -TOLERANCE) return t('targets.below', { gap: formatScore5(gap, locale) });
    return gap <= TOLERANCE ? t('roadmap.gapMet') : `+${formatScore5(gap, locale)}`;
  };
}

const lastGap = (gaps: Gaps) => gaps[gaps.length - 1];

/** Today's score; an invalid element's partial score as "—" with its flag. */
function useCurrentText(lang: Lang): (current: number | null, isValid: boolean) => string {
  const { t } = useTranslation('planning');
  const locale = localeOf(lang);
  return (current, isValid) => {
    if (current === null) return t('roadmap.notScored');
    return isValid ? formatScore5(current, locale) : `— (${t('targets.invalidFlag')}: ${formatScore5(current, locale)})`;
  };
}

interface ElementTableProps {
  readonly view: RoadmapView;
  readonly period: number;
  readonly score: ScoreResult;
  readonly instrument: Instrument;
  readonly lang: Lang;
  readonly onChange: (fn: (r: Roadmap) => Roadmap) => void;
}

/** Editable targets: a final target and a mode per element, and every year's target. */
export function ElementTargetsTable({ view, period, score, instrument, lang, onChange }: ElementTableProps) {
  const { t } = useTranslation('planning');
  const gap = useGapText(lang);
  const current = useCurrentText(lang);
  const lastYear = view.years[view.years.length - 1] ?? period;
  return (
    <ScrollTable caption={t('roadmap.tableCaption')} className="plan-table">
      <thead>
        <tr>
          <th scope="col">{t('roadmap.element')}</th>
          <th scope="col" className="num">{t('roadmap.current', { period })}</th>
          <th scope="col">{t('roadmap.finalTarget')}</th>
          <th scope="col">{t('roadmap.mode')}</th>
          {view.years.map((y) => <th key={y} scope="col" className="num">{y}</th>)}
          <th scope="col" className="num">{t('roadmap.gap', { year: lastYear })}</th>
        </tr>
      </thead>
      <tbody>
        {view.elements.map((row) => {
          const label = `${row.elementId} ${elementName(instrument, row.elementId, lang)}`;
          return (
            <tr key={row.elementId} data-element={row.elementId}>
              <th scope="row">{label}</th>
              <td className="num">{current(row.current, row.isValid)}</td>
              {row.mode === null ? (
                <td colSpan={view.years.length + 3} className="muted" data-waiting>{t('targets.waiting')}</td>
              ) : (
                <>
                  <ElementTargetCells row={row} label={label} view={view} score={score} lang={lang} onChange={onChange} />
                  <td className="num">{gap(lastGap(row.gaps))}</td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

interface CellsProps {
  readonly row: ElementRoadmapRow;
  readonly label: string;
  readonly view: RoadmapView;
  readonly score: ScoreResult;
  readonly lang: Lang;
  readonly onChange: (fn: (r: Roadmap) => Roadmap) => void;
}

/** Final target (in year-by-year mode it is the last year's box), mode, and the year boxes. */
function ElementTargetCells({ row, label, view, score, lang, onChange }: CellsProps) {
  const { t } = useTranslation('planning');
  const locale = localeOf(lang);
  const last = view.years.length - 1;
  const final = row.finalTarget ?? 0;
  return (
    <>
      <td>
        <TargetInput value={final} locale={locale} label={t('roadmap.finalTargetOf', { element: label })}
          onCommit={(v) => onChange((r) => (row.mode === 'yearly' ? setYearlyTarget(r, row.elementId, last, v) : setFinalTarget(r, row.elementId, v, score)))} />
      </td>
      <td>
        <select aria-label={`${t('roadmap.mode')} ${label}`} value={row.mode ?? 'final'}
          onChange={(e) => onChange((r) => setMode(r, row.elementId, e.target.value as TargetMode, score))}>
          <option value="final">{t('roadmap.modeFinal')}</option>
          <option value="yearly">{t('roadmap.modeYearly')}</option>
        </select>
      </td>
      {row.targets.map((target, i) => (
        <td key={view.years[i]} className="num">
          <TargetInput value={target} locale={locale} label={t('roadmap.yearTargetOf', { element: label, year: view.years[i] })}
            onCommit={(v) => onChange((r) => setYearlyTarget(r, row.elementId, i, v))} />
        </td>
      ))}
    </>
  );
}

interface DimensionTableProps {
  readonly view: RoadmapView;
  readonly period: number;
  readonly instrument: Instrument;
  readonly lang: Lang;
}

/** Index and dimension targets per year (derived from the element targets): also the chart's table alternative. */
export function DimensionTargetsTable({ view, period, instrument, lang }: DimensionTableProps) {
  const { t } = useTranslation('planning');
  const locale = localeOf(lang);
  const gap = useGapText(lang);
  const lastYear = view.years[view.years.length - 1] ?? period;
  const rows = [
    { key: 'index', name: t('targets.index'), ...view.index },
    ...view.dimensions.map((d) => ({ key: d.dimensionId, name: dimensionName(instrument, d.dimensionId, lang), ...d })),
  ];
  return (
    <ScrollTable caption={t('roadmap.dimensionCaption')} className="plan-table">
      <thead>
        <tr>
          <th scope="col">{t('roadmap.dimension')}</th>
          <th scope="col" className="num">{t('roadmap.current', { period })}</th>
          {view.years.map((y) => <th key={y} scope="col" className="num">{y}</th>)}
          <th scope="col" className="num">{t('roadmap.gap', { year: lastYear })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-dimension={row.key}>
            <th scope="row">{row.name}</th>
            <td className="num">{row.current === null ? t('roadmap.notScored') : formatScore5(row.current, locale)}</td>
            {view.years.map((y, i) => <td key={y} className="num">{row.targets[i] === undefined ? t('targets.waiting') : formatScore5(row.targets[i], locale)}</td>)}
            <td className="num">{gap(lastGap(row.gaps))}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
