import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ui/scroll-table';
import type { Answer } from '../../domain/assessment/types';
import type { Instrument, Lang } from '../../domain/instrument/types';
import type { DiffField, PackageDiffRow, WorkPackage } from '../../domain/planning';
import { indicatorQuestion } from './instrument-names';

interface DiffReviewProps {
  readonly pkg: WorkPackage;
  readonly rows: readonly PackageDiffRow[];
  /** Whether the exported answers are known (else the "when exported" column says so). */
  readonly hasExported: boolean;
  readonly instrument: Instrument;
  readonly lang: Lang;
  /** Indicator id → true (take the OPD's change) / false (keep the master's); absent = undecided. */
  readonly decisions: ReadonlyMap<string, boolean>;
  readonly busy: boolean;
  readonly onDecide: (indicatorId: string, takeOpd: boolean) => void;
  readonly onMerge: () => void;
  readonly onCancel: () => void;
  /** More of the package to review before the merge (its action plan), with its accepted and undecided counts. */
  readonly children?: ReactNode;
  readonly more?: { readonly accepted: number; readonly undecided: number };
}

/**
 * The three-way review of a returned package: per indicator the answer as exported, the master's
 * now and the OPD's; an OPD change is ticked, a master-only change is not offered ("tidak diubah
 * OPD"), a conflict needs a choice (radio, none preselected) before "Gabungkan" is enabled.
 */
export function DiffReview({ pkg, rows, hasExported, instrument, lang, decisions, busy, onDecide, onMerge, onCancel, children, more }: DiffReviewProps) {
  const { t } = useTranslation('planning');
  const opd = pkg.opd;
  const describe = (a: Answer | undefined) => {
    if (!a || a.level === null) return t('opd.emptyValue');
    const parts = [a.level === 'NA' ? `${t('opd.naValue')}${a.naReason ? `: ${a.naReason}` : ''}` : t('opd.levelValue', { level: a.level })];
    if (a.note) parts.push(a.note);
    if (a.evidence.length > 0) parts.push(t('opd.evidenceCount', { count: a.evidence.length }));
    return parts.join(' · ');
  };
  const fields = (list: readonly DiffField[]) => list.map((f) => t(`opd.field.${f}`)).join(', ');
  const changed = rows.filter((r) => r.changed);
  const undecided = changed.filter((r) => r.kind === 'both' && !decisions.has(r.indicatorId)).length + (more?.undecided ?? 0);
  const accepted = changed.filter((r) => decisions.get(r.indicatorId) === true).length + (more?.accepted ?? 0);
  return (
    <div className="card">
      <h3>{t('opd.diffHeading', { opd })}</h3>
      <p className="muted">{changed.length === 0 ? t('opd.noChanges') : t('merge3.intro')}</p>
      <ScrollTable caption={t('opd.diffCaption')} className="plan-table plan-diff">
        <thead>
          <tr>
            <th scope="col">{t('opd.indicator')}</th>
            <th scope="col">{t('merge3.exported')}</th>
            <th scope="col">{t('merge3.master')}</th>
            <th scope="col">{opd}</th>
            <th scope="col">{t('merge3.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.indicatorId} data-indicator={row.indicatorId} data-kind={row.kind} className={row.changed ? 'plan-changed' : undefined}>
              <th scope="row">
                {row.indicatorId} <span className="muted">{indicatorQuestion(instrument, row.indicatorId, lang)}</span>
              </th>
              <td>{hasExported ? describe(row.exported) : t('merge3.unknownExported')}</td>
              <td>{describe(row.master)}</td>
              <td>
                {describe(row.returned)}
                {row.changed ? <div className="muted">{t('opd.changedFields', { fields: fields(row.changedFields) })}</div> : null}
              </td>
              <td>
                <Decision row={row} opd={opd} decision={decisions.get(row.indicatorId)} conflictText={t('merge3.conflict', { fields: fields(row.conflictFields) })}
                  onDecide={(take) => onDecide(row.indicatorId, take)} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {children}
      {undecided > 0 ? <p className="error-text" role="status">{t('merge3.undecided', { count: undecided })}</p> : null}
      <div className="row">
        <button type="button" className="btn btn-primary" disabled={busy || undecided > 0} onClick={onMerge}>
          {t('opd.merge', { count: accepted })}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onCancel}>{t('opd.cancelMerge')}</button>
      </div>
    </div>
  );
}

interface DecisionProps {
  readonly row: PackageDiffRow;
  readonly opd: string;
  readonly decision: boolean | undefined;
  readonly conflictText: string;
  readonly onDecide: (takeOpd: boolean) => void;
}

function Decision({ row, opd, decision, conflictText, onDecide }: DecisionProps) {
  const { t } = useTranslation('planning');
  const id = row.indicatorId;
  if (row.kind === 'none') return <span className="muted">{t('opd.unchanged')}</span>;
  if (row.kind === 'master') return <span className="muted">{t('merge3.notChanged')}</span>;
  if (row.kind === 'opd') {
    return (
      <input type="checkbox" aria-label={t('opd.acceptFor', { indicator: id })} checked={decision === true}
        onChange={(e) => onDecide(e.target.checked)} />
    );
  }
  return (
    <fieldset className="plan-conflict">
      <legend>{conflictText}</legend>
      <label>
        <input type="radio" name={`conflict-${id}`} checked={decision === true} onChange={() => onDecide(true)} />
        {' '}{t('merge3.takeOpd', { opd, indicator: id })}
      </label>
      <label>
        <input type="radio" name={`conflict-${id}`} checked={decision === false} onChange={() => onDecide(false)} />
        {' '}{t('merge3.keepMaster', { indicator: id })}
      </label>
    </fieldset>
  );
}
