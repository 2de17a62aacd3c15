import { useTranslation } from 'react-i18next';
import { Section } from '../../components/ui/section';
import type { Instrument, Lang, WeightProfile } from '../../domain/instrument/types';
import { baselineChanges, changeHorizon, defaultRoadmap, emptyPlan, keepTargets, rebaseRoadmap, roadmapView } from '../../domain/planning';
import type { AssessmentPlan, Horizon, Roadmap } from '../../domain/planning/types';
import { HORIZONS } from '../../domain/planning/types';
import type { ScoreResult } from '../../domain/scoring/types';
import { nowIso } from '../../lib/clock';
import { usePlanStore } from '../../state/plan-store';
import { BaselineNotice } from './baseline-notice';
import { RoadmapChart } from './roadmap-chart';
import { DimensionTargetsTable, ElementTargetsTable } from './roadmap-tables';

interface RoadmapSectionProps {
  readonly assessmentId: string;
  readonly period: number;
  readonly instrument: Instrument;
  readonly weights: WeightProfile;
  readonly score: ScoreResult;
  readonly plan: AssessmentPlan | null;
  readonly lang: Lang;
}

/** Targets per element and year, the gap to today's scores, and the dimension roadmap chart. */
export function RoadmapSection(p: RoadmapSectionProps) {
  const { t } = useTranslation('planning');
  const update = usePlanStore((s) => s.update);
  const roadmap = p.plan?.roadmap;
  const change = (fn: (r: Roadmap) => Roadmap) =>
    void update((plan) => {
      const base = plan ?? emptyPlan(p.assessmentId, nowIso());
      return base.roadmap ? { ...base, roadmap: fn(base.roadmap) } : base;
    }, nowIso());
  const create = (horizon: Horizon) => {
    const now = nowIso();
    void update((plan) => ({ ...(plan ?? emptyPlan(p.assessmentId, now)), roadmap: defaultRoadmap(p.instrument, p.score, p.period, horizon, now) }), now);
  };
  const horizonField = (
    <div className="field plan-horizon">
      <label htmlFor="plan-horizon">{t('roadmap.horizon')}</label>
      <select id="plan-horizon" value={roadmap?.horizon ?? 5}
        onChange={(e) => {
          const horizon = Number(e.target.value) as Horizon;
          if (roadmap) change((r) => changeHorizon(r, horizon, p.score));
          else create(horizon);
        }}>
        {HORIZONS.map((h) => (
          <option key={h} value={h}>{t('roadmap.horizonOption', { count: h, from: p.period + 1, to: p.period + h })}</option>
        ))}
      </select>
    </div>
  );
  if (!roadmap) {
    return (
      <Section title={t('roadmap.heading')}>
        <p className="muted">{t('roadmap.startHint')}</p>
        {horizonField}
        <button type="button" className="btn btn-primary" onClick={() => create(5)}>
          {t('roadmap.start')}
        </button>
      </Section>
    );
  }
  const view = roadmapView(p.instrument, p.weights, roadmap, p.score);
  const changes = baselineChanges(p.instrument, roadmap, p.score);
  return (
    <Section title={t('roadmap.heading')}>
      <p className="muted">{t('roadmap.baseline', { period: p.period })}</p>
      <BaselineNotice roadmap={roadmap} changes={changes} instrument={p.instrument} lang={p.lang}
        onRecompute={() => change((r) => rebaseRoadmap(p.instrument, r, p.score, nowIso()))}
        onKeep={() => change((r) => keepTargets(p.instrument, r, p.score, nowIso()))} />
      {horizonField}
      <ElementTargetsTable view={view} period={p.period} score={p.score} instrument={p.instrument} lang={p.lang} onChange={change} />
      <RoadmapChart view={view} period={p.period} instrument={p.instrument} lang={p.lang} title={t('roadmap.chartTitle')} currentLabel={t('roadmap.chartCurrent')} />
      <DimensionTargetsTable view={view} period={p.period} instrument={p.instrument} lang={p.lang} />
    </Section>
  );
}
