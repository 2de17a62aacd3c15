import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ui/scroll-table';
import type { ActionDiffField, ActionDiffRow } from '../../domain/planning';
import type { PlanAction } from '../../domain/planning/types';
import { registerActionText } from './register-action-text';

registerActionText();

interface ActionDiffReviewProps {
  readonly opd: string;
  readonly rows: readonly ActionDiffRow[];
  /** Action id → true (take the OPD's change) / false (keep the plan's); absent = undecided. */
  readonly decisions: ReadonlyMap<string, boolean>;
  readonly onDecide: (actionId: string, takeOpd: boolean) => void;
}

/**
 * The per-action review of a returned action part: proposals and OPD-only changes ticked,
 * coordinator-only changes not offered, conflicts decided by a choice (none preselected).
 */
export function ActionDiffReview({ opd, rows, decisions, onDecide }: ActionDiffReviewProps) {
  const { t } = useTranslation('planning');
  const tActions = useTranslation('actions').t;
  const fieldName = (f: ActionDiffField) => (f.startsWith('status:') ? t('apkg.field.status', { year: f.slice('status:'.length) }) : t(`apkg.field.${f}`));
  const valueOf = (a: PlanAction | undefined, f: ActionDiffField): string => {
    if (!a) return t('apkg.empty');
    if (f.startsWith('status:')) {
      const s = a.statuses.find((x) => String(x.year) === f.slice('status:'.length));
      return s ? `${tActions(`status.${s.status}`)}${s.note ? ` (${s.note})` : ''}` : tActions('status.direncanakan');
    }
    const v = a[f as Exclude<ActionDiffField, `status:${number}`>];
    if (f === 'lifts') return a.lifts.map((l) => l.elementId).join(', ') || t('apkg.empty');
    if (Array.isArray(v)) return v.join(', ') || t('apkg.empty');
    if (typeof v === 'boolean') return v ? t('apkg.yes') : t('apkg.no');
    return v === undefined || v === '' ? t('apkg.empty') : String(v);
  };
  const describe = (a: PlanAction | undefined, fields: readonly ActionDiffField[]) => fields.map((f) => `${fieldName(f)}: ${valueOf(a, f)}`).join(' · ');
  const shown = rows.filter((r) => r.kind !== 'none');
  return (
    <section aria-labelledby="apkg-review-title">
      <h3 id="apkg-review-title">{t('apkg.reviewHeading', { opd })}</h3>
      {shown.length === 0 ? <p className="muted">{t('apkg.noActionChanges')}</p> : (
        <>
          <p className="muted">{t('apkg.reviewIntro', { opd })}</p>
          <ScrollTable caption={t('apkg.reviewCaption')} className="plan-table plan-diff">
            <thead>
              <tr>
                <th scope="col">{tActions('timeline.action')}</th>
                <th scope="col">{t('apkg.change', { opd })}</th>
                <th scope="col">{t('apkg.coordinator')}</th>
                <th scope="col">{t('apkg.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.actionId} data-action={row.actionId} data-kind={row.kind}>
                  <th scope="row">{row.theirs.name} <span className="muted">({t(`apkg.kind.${row.kind}`, { opd })})</span></th>
                  <td>
                    {row.kind === 'new'
                      ? t('apkg.proposed', { opd: row.theirs.opd, start: row.theirs.startYear, end: row.theirs.endYear, elements: valueOf(row.theirs, 'lifts') })
                      : describe(row.theirs, row.changedFields)}
                  </td>
                  <td>{describe(row.ours, row.kind === 'both' ? row.conflictFields : row.changedFields)}</td>
                  <td><ActionDecision row={row} opd={opd} decision={decisions.get(row.actionId)} conflict={t('apkg.conflict', { fields: row.conflictFields.map(fieldName).join(', ') })} onDecide={onDecide} /></td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
    </section>
  );
}

interface DecisionProps {
  readonly row: ActionDiffRow;
  readonly opd: string;
  readonly decision: boolean | undefined;
  readonly conflict: string;
  readonly onDecide: (actionId: string, takeOpd: boolean) => void;
}

function ActionDecision({ row, opd, decision, conflict, onDecide }: DecisionProps) {
  const { t } = useTranslation('planning');
  const action = row.theirs.name;
  if (row.kind === 'coordinator') return <span className="muted">{t('apkg.kind.coordinator')}</span>;
  if (row.kind !== 'both') {
    return <input type="checkbox" aria-label={t('apkg.accept', { action })} checked={decision === true} onChange={(e) => onDecide(row.actionId, e.target.checked)} />;
  }
  return (
    <fieldset className="plan-conflict">
      <legend>{conflict}</legend>
      <label>
        <input type="radio" name={`act-conflict-${row.actionId}`} checked={decision === true} onChange={() => onDecide(row.actionId, true)} />
        {' '}{t('apkg.takeOpd', { opd, action })}
      </label>
      <label>
        <input type="radio" name={`act-conflict-${row.actionId}`} checked={decision === false} onChange={() => onDecide(row.actionId, false)} />
        {' '}{t('apkg.keepOurs', { action })}
      </label>
    </fieldset>
  );
}
