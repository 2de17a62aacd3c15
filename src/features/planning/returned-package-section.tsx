import { useState } from 'react';
import { FilePicker } from '../../components/ui/file-picker';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/ui/section';
import type { AnswerMap, Assessment } from '../../domain/assessment/types';
import type { Instrument, Lang } from '../../domain/instrument/types';
import type { ActionDiffRow, PackageDiffRow, PackageError, WorkPackage } from '../../domain/planning';
import {
  actionContextOf, actionYearRange, checkReturnedActions, checkReturnedPackage, diffWorkPackage, emptyPlan, markWorkPackageMerged, mergeActionDecisions,
  mergeDecisions, putAction,
} from '../../domain/planning';
import type { AssessmentPlan } from '../../domain/planning/types';
import { nowIso } from '../../lib/clock';
import { useAssessmentStore } from '../../state/assessment-store';
import { readWorkPackageFile } from '../../state/file-reader';
import { usePlanStore } from '../../state/plan-store';
import { ActionDiffReview } from './action-diff-review';
import { DiffReview } from './diff-review';
import { RefusalAlert } from './refusal-alert';
import { usePackageErrorText } from './package-error-text';

interface ReturnedProps {
  readonly assessment: Assessment;
  readonly regionName: string;
  readonly instrument: Instrument;
  readonly answers: AnswerMap;
  readonly plan: AssessmentPlan | null;
  readonly lang: Lang;
}

interface Review {
  readonly pkg: WorkPackage;
  readonly rows: readonly PackageDiffRow[];
  readonly hasExported: boolean;
  /** Rows of the action-plan part; null when the package has none. */
  readonly actionRows: readonly ActionDiffRow[] | null;
}

/** Proposals and OPD-only changes are ticked; conflicts start undecided. */
const ticked = <R,>(rows: readonly R[], offered: (r: R) => boolean, key: (r: R) => string) => new Map(rows.filter(offered).map((r) => [key(r), true]));

function actionCounts(rows: readonly ActionDiffRow[], decisions: ReadonlyMap<string, boolean>) {
  const offered = rows.filter((r) => r.kind === 'new' || r.kind === 'opd' || r.kind === 'both');
  return {
    accepted: offered.filter((r) => decisions.get(r.actionId) === true).length,
    undecided: offered.filter((r) => r.kind === 'both' && !decisions.has(r.actionId)).length,
  };
}

interface Target {
  readonly assessment: Assessment;
  readonly plan: AssessmentPlan | null;
  readonly instrument: Instrument;
  readonly answers: AnswerMap;
}

/**
 * The review of a parsed package, or why it is refused: checked against the master and its plan,
 * then its action part (when it has one) against the plan's actions.
 */
function reviewOf(pkg: WorkPackage, { assessment, plan, instrument, answers }: Target): { ok: true; review: Review } | { ok: false; error: PackageError } {
  const target = plan ?? emptyPlan(assessment.id, nowIso());
  const check = checkReturnedPackage(pkg, { assessment, plan: target });
  if (!check.ok) return check;
  const actions = check.pkg.actionPlan
    ? checkReturnedActions(check.pkg, check.record, target, actionContextOf(instrument, actionYearRange(target, assessment.period)))
    : null;
  if (actions && !actions.ok) return actions;
  const exported = check.record.exportedAnswers;
  const rows = diffWorkPackage(instrument, answers, pkg, exported);
  return { ok: true, review: { pkg, rows, hasExported: exported !== undefined, actionRows: actions ? actions.rows : null } };
}

/**
 * Import of a package an OPD sent back: refused with the reason (nothing changes), or shown as a
 * three-way diff (exported, master now, OPD) where each OPD change is accepted or rejected and each
 * conflict decided before the merge.
 */
export function ReturnedPackageSection({ assessment, regionName, instrument, answers, plan, lang }: ReturnedProps) {
  const { t } = useTranslation('planning');
  const errorText = usePackageErrorText(lang);
  const merge = usePlanStore((s) => s.merge);
  const reload = useAssessmentStore((s) => s.reload);
  // A new key empties the picker (its file name) once a returned package is merged or dropped.
  const [pick, setPick] = useState(0);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [review, setReview] = useState<Review | null>(null);
  const [decisions, setDecisions] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [actionDecisions, setActionDecisions] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const reset = () => {
    setReview(null);
    setPick((n) => n + 1);
  };
  const read = async (file: File) => {
    setMessage('');
    setErrors([]);
    setReview(null);
    const parsed = await readWorkPackageFile(file).result;
    if (!parsed) return;
    if (!parsed.ok) return setErrors(parsed.errors.map((e) => errorText(e, { assessment, regionName })));
    const prepared = reviewOf(parsed.pkg, { assessment, plan, instrument, answers });
    if (!prepared.ok) return setErrors([errorText(prepared.error, { assessment, regionName })]);
    const { review: next } = prepared;
    setReview(next);
    // OPD-only changes and proposals ticked; conflicts undecided; master-only and unchanged rows are not offered.
    setDecisions(ticked(next.rows, (r) => r.kind === 'opd', (r) => r.indicatorId));
    setActionDecisions(ticked(next.actionRows ?? [], (r) => r.kind === 'opd' || r.kind === 'new', (r) => r.actionId));
  };
  const apply = async (r: Review) => {
    if (!plan) return;
    const now = nowIso();
    const result = mergeDecisions(r.rows, decisions, { opd: r.pkg.opd, packageId: r.pkg.packageId, mergedAt: now });
    const actions = mergeActionDecisions(r.actionRows ?? [], actionDecisions, now);
    if (result.undecided.length > 0 || actions.undecided.length > 0) return;
    // Answers, accepted actions and the package marked merged: one transaction.
    const withActions = actions.actions.reduce(putAction, plan);
    const next: AssessmentPlan = { ...markWorkPackageMerged(withActions, r.pkg.packageId, now), updatedAt: now };
    setBusy(true);
    try {
      await merge(result.answers, next, now);
      await reload(assessment.id);
      const merged = t('opd.merged', { opd: r.pkg.opd, accepted: result.accepted.length, count: result.accepted.length, rejected: result.rejected.length });
      setMessage(r.actionRows ? `${merged} ${t('apkg.merged', { accepted: actions.accepted.length, rejected: actions.rejected.length })}` : merged);
      reset();
    } catch (e) {
      const kind = (e as { kind?: string }).kind;
      setErrors([kind === 'conflict'
        ? errorText({ code: 'already_merged', mergedAt: now }, { assessment, regionName })
        : t('opd.errors.storage', { reason: t(`common:storage.${kind ?? 'unknown'}`) })]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title={t('opd.importHeading')}>
      <FilePicker key={pick} id="returned-file" label={t('opd.importLabel')} hint={t('opd.importHint')} disabled={busy} onFile={(file) => void read(file)} />
      <RefusalAlert title={t('opd.refused')} errors={errors} />
      <p role="status" className="plan-message">{message}</p>
      {review ? (
        <DiffReview pkg={review.pkg} rows={review.rows} hasExported={review.hasExported} instrument={instrument} lang={lang} decisions={decisions} busy={busy}
          onDecide={(id, take) => setDecisions((s) => new Map(s).set(id, take))}
          onMerge={() => void apply(review)} onCancel={reset} more={actionCounts(review.actionRows ?? [], actionDecisions)}>
          {review.actionRows ? (
            <ActionDiffReview opd={review.pkg.opd} rows={review.actionRows} decisions={actionDecisions}
              onDecide={(id, take) => setActionDecisions((s) => new Map(s).set(id, take))} />
          ) : null}
        </DiffReview>
      ) : null}
    </Section>
  );
}
