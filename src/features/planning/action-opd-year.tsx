import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ui/scroll-table';
import { actionOpds, emptyPlan, opdActionsInYear, setActionStatus } from '../../domain/planning';
import { ACTION_STATUSES, type ActionStatus, type PlanAction } from '../../domain/planning/types';
import { nowIso } from '../../lib/clock';
import { usePlanStore } from '../../state/plan-store';

interface OpdYearProps {
  readonly assessmentId: string;
  readonly actions: readonly PlanAction[];
  readonly years: readonly number[];
  /** The year shown first (this calendar year when inside the horizon). */
  readonly initialYear: number;
}

/** "What my agency does this year": one OPD's actions in one year, with the status editable. */
export function ActionOpdYear({ assessmentId, actions, years, initialYear }: OpdYearProps) {
  const { t } = useTranslation('actions');
  const update = usePlanStore((s) => s.update);
  const opds = actionOpds(actions);
  const [opd, setOpd] = useState(opds[0] ?? '');
  const [year, setYear] = useState(initialYear);
  const shownOpd = opds.includes(opd) ? opd : (opds[0] ?? '');
  const rows = opdActionsInYear(actions, shownOpd, year);
  const setStatus = (a: PlanAction, status: ActionStatus) => {
    const now = nowIso();
    void update((p) => setActionStatus(p ?? emptyPlan(assessmentId, now), a.id, year, status, a.statuses.find((s) => s.year === year)?.note ?? '', now), now);
  };
  if (opds.length === 0) return null;
  return (
    <section aria-labelledby="act-opd-title">
      <h2 id="act-opd-title">{t('opdYear.heading')}</h2>
      <div className="row">
        <div className="field">
          <label htmlFor="act-opd-pick">{t('opdYear.opd')}</label>
          <select id="act-opd-pick" value={shownOpd} onChange={(e) => setOpd(e.target.value)}>
            {opds.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="act-year-pick">{t('opdYear.year')}</label>
          <select id="act-year-pick" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
      </div>
      {rows.length === 0 ? <p className="muted">{t('opdYear.none')}</p> : (
        <ScrollTable caption={`${shownOpd} · ${year}`} className="plan-table">
          <thead>
            <tr>
              <th scope="col">{t('timeline.action')}</th>
              <th scope="col">{t('opdYear.elements')}</th>
              <th scope="col">{t('opdYear.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ action: a, role, status }) => (
              <tr key={a.id}>
                <th scope="row">{a.name} <span className="muted">({t(`opdYear.${role}`)})</span></th>
                <td>{a.lifts.map((l) => l.elementId).join(', ')}</td>
                <td>
                  <select aria-label={t('opdYear.statusOf', { action: a.name, year })} value={status} onChange={(e) => setStatus(a, e.target.value as ActionStatus)}>
                    {ACTION_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
