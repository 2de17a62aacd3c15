import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/ui/text-field';
import type { Assessment } from '../../domain/assessment/types';
import type { FieldErrors, NewAssessmentInput } from '../../domain/assessment/validation';
import { hasErrors, validateNewAssessment } from '../../domain/assessment/validation';
import { registerNamespace } from '../../i18n';
import { newAssessment } from '../../i18n/locales/new-assessment';
import { currentYear, nowIso } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { hrefs, navigate } from '../../lib/routes';
import { useAssessmentListStore } from '../../state/assessment-list-store';
import { useRegionsStore } from '../../state/regions-store';
import { RegionPicker } from './region-picker';
import './new-assessment.css';

// The form's text ships with this lazy route, not in the first bundle.
registerNamespace('newAssessment', newAssessment);

/** New assessment, or (with `copyFrom`) the next period of an existing one. */
export default function NewAssessmentPage({ copyFrom }: { copyFrom?: string }) {
  const { t } = useTranslation('newAssessment');
  const { items, status, refresh } = useAssessmentListStore();
  const source = copyFrom ? items.find((s) => s.assessment.id === copyFrom)?.assessment : undefined;
  useEffect(() => {
    if (status === 'idle') void refresh();
  }, [status, refresh]);

  if (copyFrom && !source) {
    return (
      <section className="page page-narrow">
        <h1 tabIndex={-1}>{t('copyTitle')}</h1>
        {status === 'ready' ? <p className="error-text">{t('sourceMissing')}</p> : <p role="status">{t('common:loading')}</p>}
        <a href={hrefs.home()}>{t('common:backHome')}</a>
      </section>
    );
  }
  const initial: NewAssessmentInput = source
    ? { regionCode: source.regionCode, period: String(source.period + 1), team: source.team ?? '', contact: source.contact ?? '' }
    : { regionCode: '', period: String(currentYear()), team: '', contact: '' };
  return <NewAssessmentForm key={source?.id ?? 'new'} initial={initial} source={source} />;
}

function NewAssessmentForm({ initial, source }: { initial: NewAssessmentInput; source: Assessment | undefined }) {
  const { t } = useTranslation('newAssessment');
  const catalog = useRegionsStore((s) => s.catalog);
  const { items, create } = useAssessmentListStore();
  const [values, setValues] = useState<NewAssessmentInput>(initial);
  const [errors, setErrors] = useState<FieldErrors<keyof NewAssessmentInput>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: keyof NewAssessmentInput) => (v: string) => setValues((prev) => ({ ...prev, [k]: v }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!catalog || busy) return;
    const existing = items.map((s) => ({ regionCode: s.assessment.regionCode, period: s.assessment.period }));
    const found = validateNewAssessment(values, (c) => catalog.byCode.has(c), existing);
    setErrors(found);
    if (hasErrors(found)) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    const id = await create(
      { regionCode: values.regionCode, period: Number(values.period.trim()), team: values.team, contact: values.contact },
      { id: newId(), now: nowIso() },
      source?.id,
    );
    setBusy(false);
    if (id) navigate(hrefs.questionnaire(id));
  };

  return (
    <section className="page page-narrow">
      <h1 tabIndex={-1}>{source ? t('copyTitle') : t('title')}</h1>
      <p className="muted">
        {source
          ? t('copyIntro', { region: catalog?.byCode.get(source.regionCode)?.name ?? source.regionCode, period: source.period })
          : t('intro')}
      </p>
      <form className="card" noValidate onSubmit={(e) => void submit(e)}>
        {hasErrors(errors) && <p className="error-text" role="alert">{t('fixErrors')}</p>}
        {!catalog && <p role="status">{t('loadingRegions')}</p>}
        {catalog && !source && (
          <RegionPicker catalog={catalog} value={values.regionCode} onChange={set('regionCode')} error={errors.regionCode} />
        )}
        <TextField id="period" label={t('period')} hint={t('periodHint')} value={values.period} onChange={set('period')}
          error={errors.period} inputMode="numeric" required />
        <TextField id="team" label={t('team')} value={values.team} onChange={set('team')} error={errors.team} />
        <TextField id="contact" label={t('contact')} hint={t('contactHint')} value={values.contact} onChange={set('contact')}
          error={errors.contact} />
        <button type="submit" className="btn btn-primary" disabled={!catalog || busy}>
          {source ? t('submitCopy') : t('submit')}
        </button>
      </form>
    </section>
  );
}
