import i18next from 'i18next';
import { comparisonText } from './comparison-text';
import { reportActionsText } from './report-actions-text';
import { reportPlanningText } from './report-planning-text';
import { reportText } from './report-text';

/**
 * Registers the `report` namespace (report and comparison text) when a report route's chunk is
 * loaded, so this text stays out of the first bundle. Idempotent: re-adding merges and overwrites.
 */
export function registerReportText(): void {
  i18next.addResourceBundle('id', 'report', { ...reportText.id, comparison: comparisonText.id, planning: reportPlanningText.id, actions: reportActionsText.id }, true, true);
  i18next.addResourceBundle('en', 'report', { ...reportText.en, comparison: comparisonText.en, planning: reportPlanningText.en, actions: reportActionsText.en }, true, true);
}
