import { memo } from 'react';
import type { AssessmentScreen } from '../components/ui/assessment-bar';
import { AssessmentBar } from '../components/ui/assessment-bar';
import { useAssessmentStore } from '../state/assessment-store';
import { useRegionsStore } from '../state/regions-store';
import { useAssessmentProgress } from '../state/use-score';

/** Plain props: a saved answer re-renders the bar only when its counts change. */
const Bar = memo(AssessmentBar);

/**
 * The assessment bar for the assessment the current screen has loaded (each screen loads it into
 * the assessment store itself); nothing until that assessment is there. A lazy chunk: the first
 * bundle does not carry the store or the instrument.
 */
export default function AssessmentBarSlot({ id, current }: { id: string; current: AssessmentScreen | null }) {
  const assessment = useAssessmentStore((s) => s.assessment);
  const progress = useAssessmentProgress();
  const regionName = useRegionsStore((s) => (assessment ? s.catalog?.byCode.get(assessment.regionCode)?.name : undefined));
  if (!assessment || assessment.id !== id || !progress) return null;
  const name = `${regionName ?? assessment.regionCode} ${assessment.period}`;
  const { done, total } = progress.overall;
  return <Bar id={id} name={name} current={current} status={assessment.status} done={done} total={total} />;
}
