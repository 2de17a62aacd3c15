import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerMap } from '../../domain/assessment/types';
import { getInstrument } from '../../domain/instrument/registry';
import { initI18n } from '../../i18n';
import { registerNamespace } from '../../i18n';
import { questionnaire } from '../../i18n/locales/questionnaire';
import { WhatsLeftView } from './whats-left-view';

const instrument = getInstrument('gmsc-2026.1');
const opds: Record<string, string> = { 'LIV.2.3': 'Bapenda' };

beforeAll(() => {
  registerNamespace('questionnaire', questionnaire);
  initI18n('en');
});

function renderView(answers: AnswerMap) {
  if (!instrument) throw new Error('instrument missing');
  return render(<WhatsLeftView assessmentId="a 1" instrument={instrument} answers={answers} lang="en" opdOf={(id) => opds[id] ?? null} />);
}

describe('WhatsLeftView', () => {
  it('lists what is left per dimension and element, each entry linking to its card', () => {
    renderView({
      'GOV.1.1': { indicatorId: 'GOV.1.1', level: 3, evidence: [{ id: 'e', kind: 'foto', title: 'Foto', reference: '' }] },
      'BRD.1.3': { indicatorId: 'BRD.1.3', level: 'NA', naReason: 'No coast', evidence: [] },
    });
    // 72 − 2 answered = 70 unanswered, GOV.1.1 above its evidence (photo supports 1), BRD.1.3 NA.
    expect(screen.getByText('70 unanswered · 1 above their evidence · 1 not applicable')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(6);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(18);
    const gov11 = screen.getByRole('link', { name: /^GOV\.1\.1 / });
    expect(gov11).toHaveAttribute('href', '#/penilaian/a%201/GOV.1?indikator=GOV.1.1');
    expect(gov11.closest('li')).toHaveTextContent('Level 3, evidence supports level 1');
    expect(screen.getByRole('link', { name: /^BRD\.1\.3 / }).closest('li')).toHaveTextContent('Not applicable: No coast');
    expect(screen.getAllByRole('listitem')).toHaveLength(72);
  });

  it('searches by code, question word and OPD, with English plurals', () => {
    renderView({});
    const search = screen.getByRole('searchbox', { name: 'Search indicators' });
    fireEvent.change(search, { target: { value: 'gov.1.1' } });
    // The results region is replaced by the list while the field is empty: look it up each time.
    const results = () => screen.getByRole('region', { name: 'Search results' });
    expect(within(results()).getByRole('status')).toHaveTextContent('1 indicator matches');
    fireEvent.change(search, { target: { value: 'GOV.1' } });
    expect(within(results()).getByRole('status')).toHaveTextContent('4 indicators match');
    fireEvent.change(search, { target: { value: 'bapenda' } });
    expect(within(results()).getAllByRole('link').map((a) => a.textContent)).toEqual([expect.stringMatching(/^LIV\.2\.3 /)]);
    expect(within(results()).getByRole('listitem')).toHaveTextContent('Unanswered · Bapenda');
    fireEvent.change(search, { target: { value: 'qqqq' } });
    expect(screen.getByRole('status')).toHaveTextContent('No indicator matches.');
  });
});
