import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ui/scroll-table';
import type { Instrument, Lang } from '../../domain/instrument/types';
import type { RoadmapView } from '../../domain/planning';
import { setFinalTarget, setMode, setYearlyTarget } from '../../domain/planning';
import type { Roadmap, TargetMode } from '../../domain/planning/types';
import type { ScoreResult } from '../../domain/scoring/types';
import { localeOf } from '../../i18n';
import { formatScore5 } from '../../lib/format';
import { dimensionName, elementName } from './instrument-names';
import { TargetInput } from './target-input';

/** "+0,80", "terpenuhi" (met) or "belum dinilai" (no score to compare with). */
function useGapText(lang: Lang): (gap: number | null | undefined) => string {
  const { t } = useTranslation('planning');
  const locale = localeOf(lang);
  return (gap) => (gap === null || gap === undefined ? t('roadmap.notScored') : gap <= 1e-9 ? t('roadmap.gapMet') : `+${formatScore5(gap, locale)}`);
}

interface ElementTableProps {
  readonly view: RoadmapView;
  readonly roadmap: Roadmap;
  readonly period: number;
  readonly score: ScoreResult;
  readonly instrument: Instrument;
  readonly lang: Lang;
  readonly onChange: (fn: (r: Roadmap) => Roadmap) => void;
}

/** Editable targets: a final target and a mode per element, and every year's target. */
export function ElementTargetsTable({ view, roadmap, period, score, instrument, lang, onChange }: ElementTableProps) {
  const { t } = useTranslation('planning');
  const locale = localeOf(lang);
  const gap = useGapText(lang);
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
          const targets = roadmap.elements[row.elementId];
          if (!targets) return null;
          const label = `${row.elementId} ${elementName(instrument, row.elementId, lang)}`;
          return (
            <tr key={row.elementId} data-element={row.elementId}>
              <th scope="row">{label}</th>
              <td className="num">{row.current === null ? t('roadmap.notScored') : formatScore5(row.current, locale)}</td>
              <td>
                <TargetInput value={targets.finalTarget} locale={locale} label={t('roadmap.finalTargetOf', { element: label })}
                  onCommit={(v) => onChange((r) => setFinalTarget(r, row.elementId, v, score))} />
              </td>
              <td>
                <select aria-label={`${t('roadmap.mode')} ${label}`} value={targets.mode}
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
              <td className="num">{gap(row.gaps[row.gaps.length - 1])}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

interface DimensionTableProps {
  readonly view: RoadmapView;
  readonly period: number;
  readonly instrument: Instrument;
  readonly lang: Lang;
}

/** Dimension targets per year (derived from the element targets): also the chart's table alternative. */
export function DimensionTargetsTable({ view, period, instrument, lang }: DimensionTableProps) {
  const { t } = useTranslation('planning');
  const locale = localeOf(lang);
  const gap = useGapText(lang);
  const lastYear = view.years[view.years.length - 1] ?? period;
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
        {view.dimensions.map((row) => (
          <tr key={row.dimensionId}>
            <th scope="row">{dimensionName(instrument, row.dimensionId, lang)}</th>
            <td className="num">{row.current === null ? t('roadmap.notScored') : formatScore5(row.current, locale)}</td>
            {row.targets.map((target, i) => <td key={view.years[i]} className="num">{formatScore5(target, locale)}</td>)}
            <td className="num">{gap(row.gaps[row.gaps.length - 1])}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
