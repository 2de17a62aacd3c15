import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
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
    await waitFor(() => expect(document.querySelectorAll('article[data-indicator]')).toHaveLength(4));
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

  it('renders an element\'s first card at once and its other cards in a later task, on open and on an element switch', async () => {
    // Given a stored draft, and the number of cards in the page after each DOM change
    await seedRepository(assessment);
    const counts: number[] = [];
    const cards = () => document.querySelectorAll('article[data-indicator]').length;
    const observer = new MutationObserver(() => {
      const n = cards();
      if (n > 0 && counts[counts.length - 1] !== n) counts.push(n);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // When element GOV.1 opens
    let goTo: (elementId: string) => void = () => undefined;
    function Route() {
      const [elementId, setElementId] = useState('GOV.1');
      goTo = setElementId;
      return <QuestionnairePage id="a1" elementId={elementId} />;
    }
    render(<Route />);
    await waitFor(() => expect(cards()).toBe(4));
    await waitFor(() => expect(screen.getByRole('link', { name: /^Elemen berikutnya/ })).toBeInTheDocument());
    // Then the first card came alone (with no pager yet), then the others
    expect(counts).toEqual([1, 4]);
    // When the route moves on to GOV.2, scheduled as in the app (not inside act(), which would
    // flush the transition with it)
    counts.length = 0;
    const actEnvironment = Reflect.get(globalThis, 'IS_REACT_ACT_ENVIRONMENT');
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false);
    try {
      goTo('GOV.2');
      await waitFor(() => expect(document.querySelector('article[data-indicator="GOV.2.4"]')).not.toBeNull());
    } finally {
      Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', actEnvironment);
    }
    observer.disconnect();
    // Then again the first card of GOV.2 first; the four cards of GOV.2 are interactive
    expect(counts).toEqual([1, 4]);
    expect(document.querySelector('article[data-indicator]')?.getAttribute('data-indicator')).toBe('GOV.2.1');
    expect(screen.getAllByRole('radio', { name: /^Tingkat 3/ })).toHaveLength(4);
  });

  it('renders the card of the indicator in the URL in the first batch, so it can take focus', async () => {
    // Given a stored draft
    await seedRepository(assessment);
    const firstBatch: string[][] = [];
    const observer = new MutationObserver(() => {
      const ids = [...document.querySelectorAll('article[data-indicator]')].map((a) => a.getAttribute('data-indicator') ?? '');
      if (ids.length && !firstBatch.length) firstBatch.push(ids);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // When GOV.1 opens on its third indicator
    render(<QuestionnairePage id="a1" elementId="GOV.1" indicatorId="GOV.1.3" />);
    // Then the first render holds the cards up to GOV.1.3, and GOV.1.3's question has focus
    await waitFor(() => expect(document.activeElement?.id).toBe('q-GOV.1.3'));
    observer.disconnect();
    expect(firstBatch[0]).toEqual(['GOV.1.1', 'GOV.1.2', 'GOV.1.3']);
  });

  it('shows the first question before the side list of elements, then the whole list with the current element', async () => {
    // Given a stored draft, and whether the side list had links when the first card appeared
    await seedRepository(assessment);
    const listLinks = () => document.querySelectorAll('nav.element-nav a').length;
    const atFirstCard: number[] = [];
    const observer = new MutationObserver(() => {
      if (!atFirstCard.length && document.querySelector('article[data-indicator]')) atFirstCard.push(listLinks());
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // When GOV.1 opens
    render(<QuestionnairePage id="a1" elementId="GOV.1" />);
    // Then the first card came without the list, and the list follows with every element, GOV.1 current
    await waitFor(() => expect(listLinks()).toBe(18));
    observer.disconnect();
    expect(atFirstCard).toEqual([0]);
    const list = screen.getByRole('navigation', { name: 'Dimensi dan elemen' });
    expect(within(list).getByRole('link', { current: 'page' })).toHaveTextContent('GOV.1');
  });
});
