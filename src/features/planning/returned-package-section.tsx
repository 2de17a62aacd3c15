import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/ui/section';
import type { AnswerMap, Assessment } from '../../domain/assessment/types';
import type { Instrument, Lang } from '../../domain/instrument/types';
import type { PackageDiffRow, WorkPackage } from '../../domain/planning';
import { checkReturnedPackage, diffWorkPackage, emptyPlan, markWorkPackageMerged, mergeDecisions } from '../../domain/planning';
import type { AssessmentPlan } from '../../domain/planning/types';
import { nowIso } from '../../lib/clock';
import { useAssessmentStore } from '../../state/assessment-store';
import { readWorkPackageFile } from '../../state/file-reader';
import { usePlanStore } from '../../state/plan-store';
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
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [review, setReview] = useState<Review | null>(null);
  const [decisions, setDecisions] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const reset = () => {
    setReview(null);
    if (input.current) input.current.value = '';
  };
  const read = async (file: File) => {
    setMessage('');
    setErrors([]);
    setReview(null);
    const parsed = await readWorkPackageFile(file).result;
    if (!parsed) return;
    if (!parsed.ok) return setErrors(parsed.errors.map((e) => errorText(e, { assessment, regionName })));
    const check = checkReturnedPackage(parsed.pkg, { assessment, plan: plan ?? emptyPlan(assessment.id, nowIso()) });
    if (!check.ok) return setErrors([errorText(check.error, { assessment, regionName })]);
    const exported = check.record.exportedAnswers;
    const rows = diffWorkPackage(instrument, answers, parsed.pkg, exported);
    setReview({ pkg: parsed.pkg, rows, hasExported: exported !== undefined });
    // OPD-only changes ticked; conflicts undecided; master-only and unchanged rows are not offered.
    setDecisions(new Map(rows.filter((r) => r.kind === 'opd').map((r) => [r.indicatorId, true])));
  };
  const apply = async (r: Review) => {
    if (!plan) return;
    const now = nowIso();
    const result = mergeDecisions(r.rows, decisions, { opd: r.pkg.opd, packageId: r.pkg.packageId, mergedAt: now });
    if (result.undecided.length > 0) return;
    const next: AssessmentPlan = { ...markWorkPackageMerged(plan, r.pkg.packageId, now), updatedAt: now };
    setBusy(true);
    try {
      await merge(result.answers, next, now);
      await reload(assessment.id);
      setMessage(t('opd.merged', { opd: r.pkg.opd, accepted: result.accepted.length, count: result.accepted.length, rejected: result.rejected.length }));
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
      <div className="field">
        <label htmlFor="returned-file">{t('opd.importLabel')}</label>
        <span id="returned-file-hint" className="hint">{t('opd.importHint')}</span>
        <input ref={input} id="returned-file" type="file" accept=".json,application/json" aria-describedby="returned-file-hint" disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void read(file);
          }} />
      </div>
      <RefusalAlert title={t('opd.refused')} errors={errors} />
      <p role="status" className="plan-message">{message}</p>
      {review ? (
        <DiffReview pkg={review.pkg} rows={review.rows} hasExported={review.hasExported} instrument={instrument} lang={lang} decisions={decisions} busy={busy}
          onDecide={(id, take) => setDecisions((s) => new Map(s).set(id, take))}
          onMerge={() => void apply(review)} onCancel={reset} />
      ) : null}
    </Section>
  );
}
