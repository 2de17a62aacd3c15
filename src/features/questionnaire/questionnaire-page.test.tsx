import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../domain/assessment/types';
import { initI18n } from '../../i18n';
import { useAssessmentStore } from '../../state/assessment-store';
import { seedRepository } from '../../test/repository-fixture';
import type * as LevelOptionsModule from './level-options';
import QuestionnairePage from './questionnaire-page';

// Every render of an indicator card renders its level options once: count them per indicator.
const { renders } = vi.hoisted(() => ({ renders: [] as string[] }));
vi.mock('./level-options', async (importOriginal) => {
  const actual = await importOriginal<typeof LevelOptionsModule>();
  return {
    LevelOptions: (props: Parameters<typeof actual.LevelOptions>[0]) => {
      renders.push(props.indicator.id);
      return actual.LevelOptions(props);
    },
  };
});

const assessment: Assessment = {
  id: 'a1', regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
  status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};

beforeAll(() => {
  initI18n('id');
});
beforeEach(() => {
  useAssessmentStore.getState().reset();
});

describe('questionnaire page: rendering cost of one answer', () => {
  it('re-renders only the card that was answered, not the other cards of the element', async () => {
    // Given element GOV.1 (4 cards) open for editing
    await seedRepository(assessment);
    render(<QuestionnairePage id="a1" elementId="GOV.1" />);
    const card = (id: string) => {
      const article = document.querySelector<HTMLElement>(`article[data-indicator="${id}"]`);
      if (!article) throw new Error(`no card ${id}`);
      return within(article);
    };
    // (Cards are re-created once the edit lock is granted and answers re-read: query afresh.)
    const level3 = () => card('GOV.1.1').getByRole('radio', { name: /^Tingkat 3/ });
    await waitFor(() => expect(level3()).toBeEnabled());
    await waitFor(() => expect(useAssessmentStore.getState().access).toBe('editing'));
    expect(document.querySelectorAll('article[data-indicator]')).toHaveLength(4);
    renders.length = 0;
    // When the user picks level 3 on GOV.1.1 and the write is confirmed
    await userEvent.click(level3());
    await waitFor(() => expect(card('GOV.1.1').getByText(/Tersimpan/)).toBeInTheDocument());
    // Then GOV.1.1 re-rendered (chosen, saving, saved) and the three other cards did not
    expect(level3()).toBeChecked();
    expect(renders.length).toBeGreaterThan(0);
    expect(new Set(renders)).toEqual(new Set(['GOV.1.1']));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('GOV.1');
  });
});
