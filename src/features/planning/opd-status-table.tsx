import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ui/scroll-table';
import { emptyPlan, opdActionsInYear, setActionStatus } from '../../domain/planning';
import { ACTION_STATUSES, type ActionStatus, type PlanAction } from '../../domain/planning/types';
import { nowIso } from '../../lib/clock';
import { usePlanStore } from '../../state/plan-store';

interface OpdStatusProps {
  readonly assessmentId: string;
  readonly opd: string;
  readonly actions: readonly PlanAction[];
  readonly years: readonly number[];
  readonly initialYear: number;
}

/**
 * On an OPD's package copy: its actions running in a chosen year. A led action's status and note
 * are editable and stored as they change (the note when the box is left); a supported action is
 * shown read-only (its lead OPD updates it).
 */
export function OpdStatusTable({ assessmentId, opd, actions, years, initialYear }: OpdStatusProps) {
  const { t } = useTranslation('planning');
  const tActions = useTranslation('actions').t;
  const update = usePlanStore((s) => s.update);
  const [year, setYear] = useState(initialYear);
  const rows = opdActionsInYear(actions, opd, year);
  const noteOf = (a: PlanAction) => a.statuses.find((s) => s.year === year)?.note ?? '';
  const store = (a: PlanAction, status: ActionStatus, note: string) => {
    const now = nowIso();
    void update((p) => setActionStatus(p ?? emptyPlan(assessmentId, now), a.id, year, status, note, now), now);
  };
  return (
    <section aria-labelledby="apkg-status-title">
      <h2 id="apkg-status-title">{t('apkg.statusHeading')}</h2>
      <div className="field">
        <label htmlFor="apkg-year">{tActions('opdYear.year')}</label>
        <select id="apkg-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      {rows.length === 0 ? <p className="muted">{t('apkg.none', { opd })}</p> : (
        <ScrollTable caption={`${opd} · ${year}`} className="plan-table">
          <thead>
            <tr>
              <th scope="col">{tActions('timeline.action')}</th>
              <th scope="col">{tActions('opdYear.status')}</th>
              <th scope="col">{t('apkg.note')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ action: a, role, status }) => (
              <tr key={`${a.id}-${year}`}>
                <th scope="row">{a.name} <span className="muted">({tActions(`opdYear.${role}`)})</span></th>
                {role === 'lead' ? (
                  <>
                    <td>
                      <select aria-label={tActions('opdYear.statusOf', { action: a.name, year })} value={status} onChange={(e) => store(a, e.target.value as ActionStatus, noteOf(a))}>
                        {ACTION_STATUSES.map((s) => <option key={s} value={s}>{tActions(`status.${s}`)}</option>)}
                      </select>
                    </td>
                    <td>
                      <input type="text" className="plan-opd" aria-label={t('apkg.noteOf', { action: a.name, year })} defaultValue={noteOf(a)}
                        onBlur={(e) => {
                          if (e.target.value.trim() !== noteOf(a)) store(a, status, e.target.value);
                        }} />
                    </td>
                  </>
                ) : (
                  <>
                    <td>{tActions(`status.${status}`)}</td>
                    <td>{noteOf(a)} <span className="muted">{t('apkg.readOnly', { opd: a.opd })}</span></td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
