import { ACTION_STATUSES, type ActionStatus } from '../../domain/planning/types';
import type { ReportAction, ReportActionPlan } from '../../domain/report/types';
import { formatNumber } from '../../lib/format';
import { Sheet } from './print-frame';
import type { ReportText } from './use-report-text';

/** A mark per status that reads without colour (DejaVu Sans has every glyph). */
const MARK: Readonly<Record<ActionStatus, string>> = { direncanakan: '○', berjalan: '◐', selesai: '●', ditunda: '‖', dibatalkan: '✕' };

const statusName = (s: ActionStatus, text: ReportText) => text.t(`actions.statusName.${s}`);

/** "GOV.1 Tata kelola (+0,5); LIV.2 …", or "tanpa elemen". */
function elementsText(a: ReportAction, text: ReportText): string {
  if (a.elements.length === 0) return text.t('actions.noElement');
  return a.elements.map((e) => `${e.id} ${e.name}${e.raiseBy === null ? '' : ` (+${formatNumber(e.raiseBy, text.locale, 1)})`}`).join('; ');
}

/** "2027: selesai · 2028–2030: direncanakan (catatan)". */
function statusText(a: ReportAction, text: ReportText): string {
  return a.statusRuns
    .map((r) => `${r.from === r.to ? r.from : `${r.from}–${r.to}`}: ${statusName(r.status, text)}${r.notes.length ? ` (${r.notes.join('; ')})` : ''}`)
    .join(' · ');
}

const yearsText = (a: ReportAction) => (a.startYear === a.endYear ? String(a.startYear) : `${a.startYear}–${a.endYear}`);

function ActionName({ action, text }: { action: ReportAction; text: ReportText }) {
  return <>{action.name}{action.quickWin ? <span className="report-muted"> · {text.t('actions.quickWin')}</span> : null}</>;
}

interface TableProps {
  readonly caption: string;
  readonly actions: readonly ReportAction[];
  readonly text: ReportText;
  /**
   * `dimension`: an OPD column (responsible and supporting); `lead` / `support` (one OPD's part):
   * the supporting or the responsible OPDs under the name, budget note and output indicator.
   */
  readonly variant: 'dimension' | 'lead' | 'support';
}

/** The table form of a list of actions: names, OPDs, years, elements and the status of each year. */
export function ReportActionTable({ caption, actions, text, variant }: TableProps) {
  const { t } = text;
  const isOpd = variant !== 'dimension';
  const supporting = (a: ReportAction) => (a.supportingOpds.length ? <span className="report-muted"><br />{t('actions.supporting', { names: a.supportingOpds.join(', ') })}</span> : null);
  return (
    <table className={`report-table report-actions report-actions--${isOpd ? 'opd' : 'dimension'}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('actions.action')}</th>
          {isOpd ? null : <th scope="col">{t('actions.opd')}</th>}
          <th scope="col">{t('actions.years')}</th>
          <th scope="col">{t('actions.elements')}</th>
          <th scope="col">{t('actions.status')}</th>
          {isOpd ? <><th scope="col">{t('actions.budget')}</th><th scope="col">{t('actions.output')}</th></> : null}
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.id}>
            <th scope="row">
              <ActionName action={a} text={text} />
              {variant === 'support' ? <span className="report-muted"><br />{t('actions.lead')}: {a.opd}</span> : null}
              {variant === 'lead' ? supporting(a) : null}
            </th>
            {isOpd ? null : <td>{a.opd}{supporting(a)}</td>}
            <td className="report-actions__years">{yearsText(a)}</td>
            <td>{elementsText(a, text)}</td>
            <td>{statusText(a, text)}</td>
            {isOpd ? <><td>{a.budgetNote ?? '—'}</td><td>{a.outputIndicator ?? '—'}</td></> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The timeline page: one row per action across the horizon's years, grouped by dimension. A year
 * the action runs is a shaded cell with its status mark (○ ◐ ● ‖ ✕, legend above), so the bars read
 * in black and white; screen readers hear the status word.
 */
export function ReportActionTimelineSheet({ plan, text }: { plan: ReportActionPlan; text: ReportText }) {
  const { t } = text;
  const groupName = (name: string | null) => name ?? t('actions.noElement');
  const marks = ACTION_STATUSES.map((s) => `${MARK[s]} ${statusName(s, text)}`).join(' · ');
  return (
    <Sheet className="report-action-plan" labelledBy="report-actions-title">
      <h2 id="report-actions-title">{t('actions.timelineTitle', { from: plan.years[0], to: plan.years[plan.years.length - 1] })}</h2>
      <p className="report-muted">{t('actions.legend', { marks })}</p>
      <table className="report-table report-gantt">
        <caption>{t('actions.timelineCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actions.action')}</th>
            <th scope="col">{t('actions.opd')}</th>
            {plan.years.map((y) => <th key={y} scope="col" className="num">{y}</th>)}
          </tr>
        </thead>
        {plan.byDimension.map((g) => (
          <tbody key={g.dimensionId ?? ''}>
            <tr><th scope="colgroup" colSpan={plan.years.length + 2} className="report-gantt__group">{groupName(g.name)}</th></tr>
            {g.actions.map((a) => (
              <tr key={a.id}>
                <th scope="row"><ActionName action={a} text={text} /></th>
                <td>{a.opd}</td>
                {a.cells.map((s, i) => (
                  <td key={plan.years[i]} className={s ? 'report-gantt__bar' : undefined}>
                    {s ? <><span aria-hidden="true">{MARK[s]}</span><span className="visually-hidden">{statusName(s, text)}</span></> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <h2 className="report-actions__tables">{t('actions.tablesTitle')}</h2>
      {plan.byDimension.map((g) => (
        <ReportActionTable key={g.dimensionId ?? ''} caption={t('actions.tableCaption', { group: groupName(g.name) })} actions={g.actions} text={text} variant="dimension" />
      ))}
    </Sheet>
  );
}
