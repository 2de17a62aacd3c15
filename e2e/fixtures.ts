import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { HomePageModel } from './page-models/home-page';
import { NewAssessmentModel } from './page-models/new-assessment-page';
import { QuestionnaireModel } from './page-models/questionnaire-page';
import { ResultsModel } from './page-models/results-page';

interface Models {
  home: HomePageModel;
  newAssessment: NewAssessmentModel;
  questionnaire: QuestionnaireModel;
  results: ResultsModel;
}

/** Every test starts in a fresh browser context (empty IndexedDB, Indonesian UI). */
export const test = base.extend<Models>({
  home: async ({ page }, use) => use(new HomePageModel(page)),
  newAssessment: async ({ page }, use) => use(new NewAssessmentModel(page)),
  questionnaire: async ({ page }, use) => use(new QuestionnaireModel(page)),
  results: async ({ page }, use) => use(new ResultsModel(page)),
});
export { expect };

/**
 * Runs axe (WCAG 2.x A/AA rules): one line per violation, with the elements it found. Only violations
 * are collected in full (`resultTypes`), which makes a run on a long page several times cheaper.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Runs axe (WCAG 2.x A/AA rules) and fails with the violations listed. It first waits for a level-one
 * heading: a lazy screen renders nothing until its chunk has loaded, and that moment is not the screen.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await expect(page.locator('h1').first()).toBeAttached();
  expect(await axeViolations(page)).toEqual([]);
}
