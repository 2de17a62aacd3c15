import { useState } from 'react';
import { FilePicker } from '../../components/ui/file-picker';
import { useTranslation } from 'react-i18next';
import { openWorkPackage } from '../../domain/planning';
import { nowIso } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { hrefs, navigate } from '../../lib/routes';
import { useAssessmentListStore } from '../../state/assessment-list-store';
import { readWorkPackageFile } from '../../state/file-reader';
import { useSettingsStore } from '../../state/settings-store';
import { storeWorkPackageCopy } from '../../state/work-package-copy';
import { usePackageErrorText } from './package-error-text';
import { RefusalAlert } from './refusal-alert';
import { registerPlanningText } from './register-planning-text';

registerPlanningText();

/**
 * Home-screen panel where an OPD opens the work package the coordinator sent: the package becomes
 * a local copy limited to the OPD's indicators, opened in the questionnaire.
 */
export default function OpenPackagePanel() {
  const { t } = useTranslation('planning');
  const lang = useSettingsStore((s) => s.lang);
  const errorText = usePackageErrorText(lang);
  const items = useAssessmentListStore((s) => s.items);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [existing, setExisting] = useState<string | null>(null);
  const open = async (file: File) => {
    setErrors([]);
    setExisting(null);
    const parsed = await readWorkPackageFile(file).result;
    if (!parsed) return;
    if (!parsed.ok) {
      return setErrors(parsed.errors.map((e) => errorText(e)));
    }
    const pkg = parsed.pkg;
    if (pkg.direction !== 'to_opd') return setErrors([t('pkg.returnedNotOpenable')]);
    const open = items.find((s) => s.assessment.workPackage?.packageId === pkg.packageId);
    if (open) return setExisting(open.assessment.id);
    const copy = openWorkPackage(pkg, newId(), nowIso());
    if (await storeWorkPackageCopy(copy.assessment, copy.answers, copy.plan)) navigate(hrefs.questionnaire(copy.assessment.id));
  };
  return (
    <section className="card" aria-labelledby="open-package-title">
      <h2 id="open-package-title">{t('pkg.openHeading')}</h2>
      <p>{t('pkg.openIntro')}</p>
      <FilePicker id="open-package-file" label={t('pkg.openLabel')} onFile={(file) => void open(file)} />
      <RefusalAlert title={t('pkg.refused')} errors={errors} />
      {existing ? (
        <p role="status">
          {t('pkg.alreadyOpen')} <a href={hrefs.questionnaire(existing)}>{t('nav.questionnaire')}</a>
        </p>
      ) : null}
    </section>
  );
}
