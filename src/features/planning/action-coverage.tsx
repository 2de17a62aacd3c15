import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ui/scroll-table';
import type { Instrument, Lang } from '../../domain/instrument/types';
import { actionCoverage, progressByOpd, progressByYear } from '../../domain/planning';
import { ACTION_STATUSES, type AssessmentPlan } from '../../domain/planning/types';
import { localeOf } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { elementName } from './instrument-names';

interface CoverageProps {
  readonly instrument: Instrument;
  readonly plan: AssessmentPlan;
  readonly lang: Lang;
}

/**
 * Per element: its target path beside the actions meant to lift it, with the coverage warnings. One
 * collapsible block per dimension (its summary counts elements, actions and warnings), open where the
 * dimension has actions, so a phone shows the planned part first.
 */
export function ActionCoverageSection({ instrument, plan, lang }: CoverageProps) {
  const { t } = useTranslation('actions');
  const locale = localeOf(lang);
  const coverage = actionCoverage(instrument, plan);
  const shown = coverage.elements.filter((e) => e.targets !== null || e.actions.length > 0);
  const uncovered = shown.filter((e) => e.uncoveredYears.length > 0).length;
  const groups = instrument.dimensions
    .map((d) => ({ d, rows: shown.filter((e) => d.elements.some((el) => el.id === e.elementId)) }))
    .filter((g) => g.rows.length > 0);
  return (
    <section aria-labelledby="act-coverage-title">
      <h2 id="act-coverage-title">{t('coverage.heading')}</h2>
      {coverage.withoutElement.length > 0 ? (
        <p className="error-text">{t('coverage.withoutElement', { names: coverage.withoutElement.map((a) => a.name).join(', ') })}</p>
      ) : null}
      {uncovered === 0 && coverage.withoutElement.length === 0 ? <p className="muted">{t('coverage.allCovered')}</p> : null}
      {groups.map(({ d, rows }) => {
        const actions = new Set(rows.flatMap((e) => e.actions.map((a) => a.id))).size;
        const warnings = rows.filter((e) => e.uncoveredYears.length > 0).length;
        return (
          <details key={d.id} className="act-coverage-group" open={actions > 0}>
            <summary>{t('coverageGroup', { dimension: d.name[lang], elements: rows.length, actions, warnings })}</summary>
            <ScrollTable caption={`${t('coverage.caption')} — ${d.name[lang]}`} className="plan-table">
              <thead>
                <tr>
                  <th scope="col">{t('coverage.element')}</th>
                  <th scope="col">{t('coverage.targets')}</th>
                  <th scope="col">{t('coverage.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((e) => (
                  <tr key={e.elementId}>
                    <th scope="row">{`${e.elementId} ${elementName(instrument, e.elementId, lang)}`}</th>
                    <td>{e.targets ? e.targets.map((v) => formatNumber(v, locale, 1)).join(' → ') : t('coverage.noTarget')}</td>
                    <td>
                      {e.actions.map((a) => `${a.name} (${a.startYear}–${a.endYear})`).join('; ')}
                      {e.uncoveredYears.length > 0 ? <p className="error-text">{t('coverage.warning', { years: e.uncoveredYears.join(', ') })}</p> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </details>
        );
      })}
    </section>
  );
}

/** Progress: actions by status per year, and per responsible OPD in `year`. */
export function ActionProgressSection({ plan, years, year }: { plan: AssessmentPlan; years: readonly number[]; year: number }) {
  const { t } = useTranslation('actions');
  if (plan.actions.length === 0) return null;
  const head = ACTION_STATUSES.map((s) => <th key={s} scope="col" className="num">{t(`status.${s}`)}</th>);
  return (
    <section aria-labelledby="act-progress-title">
      <h2 id="act-progress-title">{t('progress.heading')}</h2>
      <ScrollTable caption={t('progress.byYear')} className="plan-table">
        <thead><tr><th scope="col">{t('progress.year')}</th>{head}</tr></thead>
        <tbody>
          {progressByYear(plan.actions, years).map((r) => (
            <tr key={r.year}><th scope="row">{r.year}</th>{ACTION_STATUSES.map((s) => <td key={s} className="num">{r.counts[s]}</td>)}</tr>
          ))}
        </tbody>
      </ScrollTable>
      <ScrollTable caption={t('progress.byOpd', { year })} className="plan-table">
        <thead><tr><th scope="col">{t('progress.opd')}</th>{head}</tr></thead>
        <tbody>
          {progressByOpd(plan.actions, year).map((r) => (
            <tr key={r.opd}><th scope="row">{r.opd}</th>{ACTION_STATUSES.map((s) => <td key={s} className="num">{r.counts[s]}</td>)}</tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
