import { expect, expectNoAxeViolations, test } from './fixtures';
import { QuestionnaireModel } from './page-models/questionnaire-page';

// Two pages of one browser context share IndexedDB and Web Locks, like two tabs.
test.describe('one assessment in two tabs', () => {
  test('one tab edits, the other is read-only; taking over and closing hand the lock on, and no answer is lost', async ({
    page, context, newAssessment, questionnaire: tabA,
  }) => {
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
    const url = page.url();
    await tabA.expectEditable('GOV.1.1');
    await tabA.answer('GOV.1.1', 3);

    // Given tab B opens the same assessment: read-only, with A's answer
    const pageB = await context.newPage();
    const tabB = new QuestionnaireModel(pageB);
    await pageB.goto(url);
    await tabB.expectReadOnly('GOV.1.1');
    await expect(tabB.level('GOV.1.1', 3)).toBeChecked();
    await tabB.openNotes('GOV.1.1');
    await expect(tabB.card('GOV.1.1').getByLabel('Catatan')).toBeDisabled();
    await expectNoAxeViolations(pageB);

    // And A keeps answering (B's copy is now out of date)
    await tabA.answer('GOV.1.2', 2);
    await tabA.openNotes('GOV.1.1');
    await tabA.card('GOV.1.1').getByLabel('Catatan').fill('Catatan dari tab A');
    await tabA.expectSaved('GOV.1.1');

    // When B takes over, it re-reads before editing, and A becomes read-only
    await tabB.takeOver();
    await tabB.expectEditable('GOV.1.1');
    await expect(tabB.level('GOV.1.2', 2)).toBeChecked();
    await tabB.openNotes('GOV.1.1');
    await expect(tabB.card('GOV.1.1').getByLabel('Catatan')).toHaveValue('Catatan dari tab A');
    await tabA.expectReadOnly('GOV.1.1');

    // And B answers and rewrites A's note
    await tabB.answer('GOV.1.3', 4);
    await tabB.card('GOV.1.1').getByLabel('Catatan').fill('Catatan dari tab B');
    await tabB.expectSaved('GOV.1.1');

    // When B closes, A gets the lock back and shows B's answers before it lets the user edit
    await pageB.close();
    await tabA.expectEditable('GOV.1.1');
    await expect(tabA.level('GOV.1.3', 4)).toBeChecked();
    await tabA.openNotes('GOV.1.1');
    await expect(tabA.card('GOV.1.1').getByLabel('Catatan')).toHaveValue('Catatan dari tab B');
    await tabA.answer('GOV.1.4', 1);

    // Then every answer from both tabs is stored
    await page.reload();
    await expect(tabA.level('GOV.1.1', 3)).toBeChecked();
    await expect(tabA.level('GOV.1.2', 2)).toBeChecked();
    await expect(tabA.level('GOV.1.3', 4)).toBeChecked();
    await expect(tabA.level('GOV.1.4', 1)).toBeChecked();
    await expect(tabA.card('GOV.1.1').getByLabel('Catatan')).toHaveValue('Catatan dari tab B');
  });

  test('leaving the questionnaire frees it: the waiting tab takes over by itself with the latest answers', async ({
    page, context, newAssessment, questionnaire: tabA, results,
  }) => {
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
    const url = page.url();
    const pageB = await context.newPage();
    const tabB = new QuestionnaireModel(pageB);
    await pageB.goto(url);
    await tabB.expectReadOnly('GOV.1.1');

    await tabA.answer('GOV.1.1', 5);
    await results.open();

    await tabB.expectEditable('GOV.1.1');
    await expect(tabB.level('GOV.1.1', 5)).toBeChecked();
    await tabB.answer('GOV.1.2', 1);
    await tabB.openNotes('GOV.1.2');
    await tabB.card('GOV.1.2').getByLabel('Catatan').fill('Ditulis di tab B');
    await tabB.expectSaved('GOV.1.2');

    // A comes back while B edits: now A is the read-only one, showing what B stored
    await page.goto(url);
    await tabA.expectReadOnly('GOV.1.1');
    await expect(tabA.level('GOV.1.2', 1)).toBeChecked();
    await tabA.openNotes('GOV.1.2');
    await expect(tabA.card('GOV.1.2').getByLabel('Catatan')).toHaveValue('Ditulis di tab B');
  });
});
