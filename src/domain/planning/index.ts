/**
 * Public API of planning (issue 6): roadmap targets and gaps, achievement in a later period,
 * quick-win suggestions, OPD assignments and progress, plan edits, and OPD work packages.
 * docs/scoring.md ("Roadmap and quick wins") and docs/work-package-format.md describe the rules.
 */
export type * from './types';
export { ACTION_STATUSES, HORIZONS, SUGGESTED_OPDS } from './types';

export { TARGET_MAX, TARGET_MIN, interpolateTargets, parseTargetInput, roundTarget } from './target-values';
export type { TargetInputError, TargetInputResult } from './target-values';
export { changeHorizon, defaultRoadmap, roadmapYears, setFinalTarget, setMode, setYearlyTarget } from './roadmap';
export { baselineChanges, keepTargets, rebaseRoadmap } from './baseline';
export type { BaselineChange } from './baseline';
export { roadmapView } from './roadmap-view';
export type { DimensionRoadmapRow, ElementRoadmapRow, Gaps, RoadmapView } from './roadmap-view';
export { achievementView } from './achievement';
export type { AchievementStatus, AchievementView, DimensionAchievement, ElementAchievement } from './achievement';

export { rankQuickWins } from './quick-wins';
export type { QuickWinCandidate, QuickWinRaise, QuickWinRanking } from './quick-wins';

export {
  assignedOpds, compareOpdNames, elementIdOf, indicatorsOfOpd, normalizeOpdName, opdKey, opdOfIndicator, opdProgress, opdSuggestions,
} from './opd';
export type { OpdProgress } from './opd';

export {
  OPD_NAME_MAX, QUICK_WIN_NOTE_MAX, chooseQuickWin, emptyPlan, markWorkPackageMerged, quickWinsOf, recordWorkPackage, removeQuickWin,
  setAssignment, validateOpdName, validateQuickWin,
} from './plan';
export { actionContextOf, actionYearRange, buildAction, putAction, removeAction, setActionStatus, statusIn, statusesOutside, validateAction } from './actions';
export { actionCoverage, actionOpds, opdActionsInYear, progressByOpd, progressByYear, timelineGroups } from './action-views';
export type { ActionCoverage, ElementCoverage, OpdYearAction, StatusCounts, TimelineGroup } from './action-views';
export type { ActionContext, ActionErrors, ActionFieldError, ActionValues, ActionYearRange } from './actions';
export type { PlanFieldError, QuickWinErrors, QuickWinValues } from './plan';

export { MAX_WORK_PACKAGE_BYTES, WORK_PACKAGE_FORMAT, WORK_PACKAGE_VERSION } from './work-package-format';
export type {
  OutgoingWorkPackage, ReturnedWorkPackage, WorkPackage, WorkPackageDirection, WorkPackageSource,
} from './work-package-format';
export type { PackageAssessmentRef, PackageError, PackageErrorCode } from './package-errors';
export { buildReturnedPackage, buildWorkPackage, openWorkPackage, workPackageFileName, workPackageRecordOf } from './work-package';
export type { BuildWorkPackageParams, ReturnedPackageResult } from './work-package';
export { serializeWorkPackage } from './work-package-write';
export type { ParseWorkPackageResult } from './work-package-file';
export type { AppInfo } from './work-package-write';
export { checkReturnedPackage, diffWorkPackage, mergeDecisions } from './work-package-merge';
export { actionPartFor, roleOf } from './action-package';
export { checkReturnedActions, mergeActionDecisions } from './action-package-merge';
export type { ActionDiffField, ActionDiffRow } from './action-package-merge';
export type { DiffField, MergeOptions, MergeResult, PackageDiffRow, ReturnedPackageCheck } from './work-package-merge';
