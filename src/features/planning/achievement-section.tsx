import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ui/scroll-table';
import { Section } from '../../components/ui/section';
import type { Assessment } from '../../domain/assessment/types';
import type { Instrument, Lang } from '../../domain/instrument/types';
import { achievementView } from '../../domain/planning';
import type { Roadmap } from '../../domain/planning/types';
import type { AchievementStatus } from '../../domain/planning';
import type { ScoreResult } from '../../domain/scoring/types';
import { localeOf } from '../../i18n';
import { formatScore5 } from '../../lib/format';
import { useAssessmentListStore } from '../../state/assessment-list-store';
import { readAssessments } from '../../state/read-assessments';
import { computeScore } from '../../state/use-score';
import { dimensionName, elementName } from './instrument-names';

interface AchievementProps {
  readonly baseline: Assessment;
  readonly roadmap: Roadmap;
  readonly instrument: Instrument;
  readonly lang: Lang;
}

/** Achieved versus target per element, against a later assessment of the same region. */
export function AchievementSection({ baseline, roadmap, instrument, lang }: AchievementProps) {
  const { t } = useTranslation('planning');
  const items = useAssessmentListStore((s) => s.items);
  const refresh = useAssessmentListStore((s) => s.refresh);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [later, setLater] = useState<{ id: string; score: ScoreResult; period: number } | null>(null);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const candidates = items
    .map((s) => s.assessment)
    .filter((a) => a.regionCode === baseline.regionCode && a.period > baseline.period && !a.workPackage && a.instrumentVersion === baseline.instrumentVersion)
    .sort((a, b) => a.period - b.period);
  const selectedId = pickedId ?? candidates[0]?.id ?? null;
  useEffect(() => {
    if (!selectedId) return;
    let live = true;
    void readAssessments([selectedId]).then((found) => {
      const bundle = found.get(selectedId);
      const score = bundle ? computeScore(bundle.assessment, bundle.answers) : null;
      if (live && bundle && score) setLater({ id: selectedId, score, period: bundle.assessment.period });
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [selectedId]);
  const locale = localeOf(lang);
  if (candidates.length === 0) {
    return (
      <Section title={t('achievement.heading')}>
        <p className="muted">{t('achievement.none')}</p>
      </Section>
    );
  }
  const view = later && later.id === selectedId ? achievementView(roadmap, later.score, later.period) : null;
  const from = roadmap.startYear;
  const to = roadmap.startYear + roadmap.horizon - 1;
  return (
    <Section title={t('achievement.heading')}>
      <p className="muted">{t('achievement.intro')}</p>
      <div className="field">
        <label htmlFor="plan-later">{t('achievement.pick')}</label>
        <select id="plan-later" value={selectedId ?? ''} onChange={(e) => setPickedId(e.target.value)}>
          {candidates.map((a) => (
            <option key={a.id} value={a.id}>{t('achievement.option', { period: a.period, status: t(`common:status.${a.status}`) })}</option>
          ))}
        </select>
      </div>
      {view && !view.isWithinHorizon ? <p>{t('achievement.outside', { period: view.period, from, to })}</p> : null}
      {view && view.isWithinHorizon ? (
        <>
          <p>{t('achievement.summary', { achieved: view.counts.tercapai, total: view.elements.length })}</p>
          <AchievementTable caption={t('targets.dimensionCaption', { period: view.period })} head={t('roadmap.dimension')} period={view.period} locale={locale}
            rows={view.dimensions.map((d) => ({ key: d.dimensionId, name: dimensionName(instrument, d.dimensionId, lang), ...d }))} />
          <AchievementTable caption={t('achievement.caption', { period: view.period })} head={t('roadmap.element')} period={view.period} locale={locale}
            rows={view.elements.map((e) => ({ key: e.elementId, name: `${e.elementId} ${elementName(instrument, e.elementId, lang)}`, ...e }))} />
        </>
      ) : null}
    </Section>
  );
}

interface AchievementRow {
  readonly key: string;
  readonly name: string;
  readonly target: number | null;
  readonly score: number | null;
  readonly status: AchievementStatus;
}

/** One achievement table (dimensions or elements): target and score of the later period, and the status. */
function AchievementTable({ caption, head, period, locale, rows }: { caption: string; head: string; period: number; locale: string; rows: readonly AchievementRow[] }) {
  const { t } = useTranslation('planning');
  return (
    <ScrollTable caption={caption} className="plan-table">
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="num">{t('achievement.target', { period })}</th>
          <th scope="col" className="num">{t('achievement.score', { period })}</th>
          <th scope="col">{t('achievement.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-status={row.status}>
            <th scope="row">{row.name}</th>
            <td className="num">{formatScore5(row.target, locale)}</td>
            <td className="num">{formatScore5(row.score, locale)}</td>
            <td><span className={`plan-status plan-status--${row.status}`}>{t(`achievement.${row.status}`)}</span></td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
