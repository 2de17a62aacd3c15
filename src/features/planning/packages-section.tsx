import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ui/scroll-table';
import { Section } from '../../components/ui/section';
import type { AnswerMap, Assessment } from '../../domain/assessment/types';
import type { Instrument, Lang } from '../../domain/instrument/types';
import { actionPartFor, assignedOpds, buildWorkPackage, emptyPlan, indicatorsOfOpd, recordWorkPackage, serializeWorkPackage, workPackageFileName, workPackageRecordOf } from '../../domain/planning';
import type { AssessmentPlan } from '../../domain/planning/types';
import { localeOf } from '../../i18n';
import { nowIso } from '../../lib/clock';
import { downloadText, localDate } from '../../lib/download';
import { formatDateTime } from '../../lib/format';
import { newId } from '../../lib/ids';
import { sha256Hex } from '../../lib/sha256';
import { usePlanStore } from '../../state/plan-store';

interface PackagesProps {
  readonly assessment: Assessment;
  readonly regionName: string;
  readonly instrument: Instrument;
  readonly answers: AnswerMap;
  readonly plan: AssessmentPlan | null;
  readonly lang: Lang;
}

/** One export button per OPD with assigned indicators, and the packages exported so far. */
export function PackagesSection({ assessment, regionName, instrument, answers, plan, lang }: PackagesProps) {
  const { t } = useTranslation('planning');
  const update = usePlanStore((s) => s.update);
  const [message, setMessage] = useState('');
  const assignments = plan?.assignments ?? {};
  const opds = assignedOpds(instrument, assignments);
  const locale = localeOf(lang);
  const exportFor = async (opd: string) => {
    const now = nowIso();
    const indicatorIds = indicatorsOfOpd(instrument, assignments, opd);
    const packageId = newId();
    // The OPD's part of the action plan rides along: its actions to update, the targets to read.
    const actionPlan = actionPartFor(plan, opd);
    const pkg = buildWorkPackage({ packageId, opd, assessment, regionName, indicatorIds, answers, exportedAt: now, actionPlan });
    const text = await serializeWorkPackage(pkg, sha256Hex);
    // Recorded first: a package the coordinator's device does not know would be refused on return.
    // The record keeps the answers as they leave: the three-way merge compares the returned copy with them.
    const ok = await update((current) => recordWorkPackage(current ?? emptyPlan(assessment.id, now), workPackageRecordOf(pkg)), now);
    if (!ok) return;
    const file = workPackageFileName(pkg, localDate(now), lang);
    downloadText(text, file, 'application/json');
    setMessage(t('apkg.exported', { opd, count: indicatorIds.length, actions: actionPlan.actions.length, file }));
  };
  const packages = plan?.workPackages ?? [];
  return (
    <Section title={t('opd.exportHeading')}>
      <p className="muted">{t('opd.exportIntro')}</p>
      {opds.length === 0 ? <p>{t('opd.noAssignments')}</p> : (
        <ul className="plan-export-list">
          {opds.map((opd) => (
            <li key={opd}>
              <button type="button" className="btn" onClick={() => void exportFor(opd)}>
                {t('opd.exportFor', { opd })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="plan-message">{message}</p>
      {packages.length > 0 ? (
        <ScrollTable caption={t('opd.packagesCaption')} className="plan-table">
          <thead>
            <tr>
              <th scope="col">{t('opd.opdName')}</th>
              <th scope="col" className="num">{t('opd.total')}</th>
              <th scope="col">{t('opd.packageExportedAt')}</th>
              <th scope="col">{t('opd.packageStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {packages.map((p) => (
              <tr key={p.id} data-package={p.id}>
                <th scope="row">{p.opd}</th>
                <td className="num">{p.indicatorIds.length}</td>
                <td>{formatDateTime(p.exportedAt, locale)}</td>
                <td>{p.mergedAt ? t('opd.packageMerged', { date: formatDateTime(p.mergedAt, locale) }) : t('opd.packageWaiting')}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
    </Section>
  );
}
