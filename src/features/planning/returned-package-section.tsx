import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ui/scroll-table';
import { Section } from '../../components/ui/section';
import type { Answer, AnswerMap, Assessment } from '../../domain/assessment/types';
import type { Instrument, Lang } from '../../domain/instrument/types';
import type { PackageDiffRow, WorkPackage } from '../../domain/planning';
import { checkReturnedPackage, diffWorkPackage, emptyPlan, markWorkPackageMerged, mergeDecisions } from '../../domain/planning';
import type { AssessmentPlan } from '../../domain/planning/types';
import { nowIso } from '../../lib/clock';
import { useAssessmentStore } from '../../state/assessment-store';
import { readWorkPackageFile } from '../../state/file-reader';
import { usePlanStore } from '../../state/plan-store';
import { RefusalAlert } from './refusal-alert';
import { indicatorQuestion } from './instrument-names';
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
}

/**
 * Import of a package an OPD sent back: refused with the reason (nothing changes), or shown as a
 * per-indicator diff against the master copy where each change is accepted or rejected.
 */
export function ReturnedPackageSection({ assessment, regionName, instrument, answers, plan, lang }: ReturnedProps) {
  const { t } = useTranslation('planning');
  const errorText = usePackageErrorText(lang);
  const merge = usePlanStore((s) => s.merge);
  const reload = useAssessmentStore((s) => s.reload);
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [review, setReview] = useState<Review | null>(null);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
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
    const rows = diffWorkPackage(instrument, answers, parsed.pkg);
    setReview({ pkg: parsed.pkg, rows });
    setAccepted(new Set(rows.filter((r) => r.changed).map((r) => r.indicatorId)));
  };
  const apply = async (r: Review) => {
    if (!plan) return;
    setBusy(true);
    const now = nowIso();
    const result = mergeDecisions(r.rows, accepted, { opd: r.pkg.opd, packageId: r.pkg.packageId, mergedAt: now });
    const next: AssessmentPlan = { ...markWorkPackageMerged(plan, r.pkg.packageId, now), updatedAt: now };
    try {
      await merge(result.answers, next, now);
      await reload(assessment.id);
      setMessage(t('opd.merged', { opd: r.pkg.opd, accepted: result.accepted.length, rejected: result.rejected.length }));
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
        <DiffReview review={review} instrument={instrument} lang={lang} accepted={accepted} busy={busy}
          onToggle={(id, on) => setAccepted((s) => {
            const next = new Set(s);
            if (on) next.add(id);
            else next.delete(id);
            return next;
          })}
          onMerge={() => void apply(review)} onCancel={reset} />
      ) : null}
    </Section>
  );
}

interface DiffReviewProps {
  readonly review: Review;
  readonly instrument: Instrument;
  readonly lang: Lang;
  readonly accepted: ReadonlySet<string>;
  readonly busy: boolean;
  readonly onToggle: (indicatorId: string, on: boolean) => void;
  readonly onMerge: () => void;
  readonly onCancel: () => void;
}

function DiffReview({ review, instrument, lang, accepted, busy, onToggle, onMerge, onCancel }: DiffReviewProps) {
  const { t } = useTranslation('planning');
  const opd = review.pkg.opd;
  const describe = (a: Answer | undefined) => {
    if (!a || a.level === null) return t('opd.emptyValue');
    const parts = [a.level === 'NA' ? `${t('opd.naValue')}${a.naReason ? `: ${a.naReason}` : ''}` : t('opd.levelValue', { level: a.level })];
    if (a.note) parts.push(a.note);
    if (a.evidence.length > 0) parts.push(t('opd.evidenceCount', { count: a.evidence.length }));
    return parts.join(' · ');
  };
  const changedCount = review.rows.filter((r) => r.changed).length;
  return (
    <div className="card">
      <h3>{t('opd.diffHeading', { opd })}</h3>
      <p className="muted">{changedCount === 0 ? t('opd.noChanges') : t('opd.diffIntro')}</p>
      <ScrollTable caption={t('opd.diffCaption')} className="plan-table plan-diff">
        <thead>
          <tr>
            <th scope="col">{t('opd.indicator')}</th>
            <th scope="col">{t('opd.master')}</th>
            <th scope="col">{t('opd.returned', { opd })}</th>
            <th scope="col">{t('opd.accept')}</th>
          </tr>
        </thead>
        <tbody>
          {review.rows.map((row) => (
            <tr key={row.indicatorId} data-indicator={row.indicatorId} className={row.changed ? 'plan-changed' : undefined}>
              <th scope="row">
                {row.indicatorId} <span className="muted">{indicatorQuestion(instrument, row.indicatorId, lang)}</span>
              </th>
              <td>{describe(row.master)}</td>
              <td>
                {describe(row.returned)}
                {row.changed ? (
                  <div className="muted">{t('opd.changedFields', { fields: row.changedFields.map((f) => t(`opd.field.${f}`)).join(', ') })}</div>
                ) : null}
              </td>
              <td>
                {row.changed ? (
                  <input type="checkbox" aria-label={t('opd.acceptFor', { indicator: row.indicatorId })} checked={accepted.has(row.indicatorId)}
                    onChange={(e) => onToggle(row.indicatorId, e.target.checked)} />
                ) : <span className="muted">{t('opd.unchanged')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <div className="row">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={onMerge}>
          {t('opd.merge', { count: accepted.size })}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onCancel}>{t('opd.cancelMerge')}</button>
      </div>
    </div>
  );
}
