import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../domain/assessment/types';
import { INSTRUMENT_GMSC_2026_1 } from '../../domain/instrument/gmsc-2026-1';
import { findIndicator } from '../../domain/instrument/lookup';
import { initI18n, registerNamespace } from '../../i18n';
import { questionnaire } from '../../i18n/locales/questionnaire';
import { IndicatorCard } from './indicator-card';

const found = findIndicator(INSTRUMENT_GMSC_2026_1, 'GOV.1.1');
if (!found) throw new Error('GOV.1.1 missing');
const indicator = found;

function renderCard(answer: Answer | undefined, onSave = vi.fn()) {
  render(<IndicatorCard indicator={indicator} rubric={INSTRUMENT_GMSC_2026_1.rubric} lang="id" showTranslation={false}
    answer={answer} readOnly={false} onSave={onSave} />);
  return onSave;
}

beforeAll(() => {
  registerNamespace('questionnaire', questionnaire);
  initI18n('id');
});

describe('indicator card: note and evidence behind "Catatan & bukti"', () => {
  it('renders the note and evidence only once opened, and keeps them (and what was typed) when closed again', async () => {
    // Given a card without a note or evidence
    const onSave = renderCard({ indicatorId: 'GOV.1.1', level: 2, evidence: [] });
    // Then the rubric is there, the note field is not rendered yet
    expect(screen.getAllByRole('radio')).toHaveLength(6);
    expect(screen.queryByRole('textbox', { name: /^Catatan/ })).toBeNull();
    // When the user opens the disclosure and types a note
    await userEvent.click(screen.getByText(/^Catatan & Bukti/i));
    await userEvent.type(await screen.findByRole('textbox', { name: /^Catatan/ }), 'ok');
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ indicatorId: 'GOV.1.1', level: 2, note: 'ok' }));
    // When it is closed again, the field (and its text) stays in the card
    await userEvent.click(screen.getByText(/^Catatan & Bukti/i));
    expect(screen.getByRole('textbox', { name: /^Catatan/, hidden: true })).toHaveValue('ok');
  });

  it('opens with the note and evidence of an answer that has them', () => {
    renderCard({ indicatorId: 'GOV.1.1', level: 3, note: 'Perbup 2025', evidence: [] });
    expect(screen.getByRole('textbox', { name: /^Catatan/ })).toHaveValue('Perbup 2025');
  });
});
