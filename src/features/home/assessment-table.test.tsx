import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../domain/assessment/types';
import { initI18n } from '../../i18n';
import type { AssessmentSummary } from '../../state/assessment-list-store';
import { AssessmentTable, PAGE } from './assessment-table';

/**
 * The score column loads through a lazy chunk (`home-scores.ts` → benchmark store → IndexedDB).
 * Here it is replaced by a fixed map, so the table's tests never leave that chunk loading after
 * the test ends (the cause of CI's "Cannot load … after the environment was torn down").
 */
const { loadHomeScores } = vi.hoisted(() => ({ loadHomeScores: vi.fn() }));
vi.mock('./home-scores', () => ({ loadHomeScores }));

beforeAll(() => {
  initI18n('id');
});

beforeEach(() => {
  const dims = { GOV: 3, BRA: 3, ECO: 3, LIV: 3, SOC: 3, ENV: 3 };
  loadHomeScores.mockResolvedValue(new Map([
    ['a-0', { index: 3.25, dimensions: dims, elements: {}, isFinalEligible: true, coverage: 1 }],
    ['a-1', { index: 2.5, dimensions: dims, elements: {}, isFinalEligible: false, coverage: 0.5 }],
    ['a-2', null],
  ]));
});

const NAMES: Readonly<Record<string, string>> = { '32.74': 'Kota Cirebon', '32.73': 'Kota Bandung', '11.01': 'Kabupaten Aceh Selatan' };
const regionName = (code: string) => NAMES[code] ?? code;

function summary(i: number, regionCode: string, period: number): AssessmentSummary {
  const assessment: Assessment = {
    id: `a-${i}`, regionCode, period, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1', status: 'final',
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  };
  return { assessment, answeredCount: 72, naCount: 0 };
}

/** 120 assessments: 30 periods × Cirebon, Bandung, Aceh Selatan and one unknown code. */
const MANY = Array.from({ length: 120 }, (_, i) => summary(i, ['32.74', '32.73', '11.01', '99.99'][i % 4] ?? '', 2000 + Math.floor(i / 4)));
const bodyRows = () => within(screen.getAllByRole('rowgroup')[1] ?? document.body).queryAllByRole('row');

describe('AssessmentTable', () => {
  it('shows "…" until the scores load, then each index with its coverage, provisional ones labelled, "—" where there is none', async () => {
    render(<AssessmentTable items={MANY.slice(0, 4)} regionName={regionName} onDelete={vi.fn()} />);
    const rows = bodyRows();
    expect(rows[0]).toHaveTextContent('…');
    await screen.findAllByTestId('home-index');
    const row = (name: string) => bodyRows().find((r) => r.textContent?.includes(name));
    expect(row('Kota Cirebon')).toHaveTextContent(/3,25\s*cakupan 100/); // a-0
    expect(row('Kota Cirebon')).not.toHaveTextContent('Sementara');
    expect(row('Kota Bandung')).toHaveTextContent(/2,50\s*Sementara\s*cakupan 50/); // a-1
    expect(row('Aceh Selatan')).toHaveTextContent('—'); // a-2: this app cannot score it
    expect(row('99.99')).toHaveTextContent('—'); // a-3: not in the map
    expect(screen.queryByText('…')).toBeNull();
  });

  it('shows "—", not "…" for ever, when the scores cannot be loaded', async () => {
    loadHomeScores.mockRejectedValue(new Error('storage gone'));
    render(<AssessmentTable items={MANY.slice(0, 2)} regionName={regionName} onDelete={vi.fn()} />);
    await waitFor(() => expect(bodyRows()[0]).toHaveTextContent('—'));
    expect(bodyRows()[1]).toHaveTextContent('—');
    expect(screen.queryByText('…')).toBeNull();
  });

  it('renders every row and no search box with up to 50 assessments', () => {
    render(<AssessmentTable items={MANY.slice(0, PAGE)} regionName={regionName} onDelete={vi.fn()} />);
    expect(bodyRows()).toHaveLength(PAGE);
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Tampilkan lebih banyak/ })).toBeNull();
  });

  it('with more than 50 shows 50 rows, then 50 more per click', () => {
    render(<AssessmentTable items={MANY} regionName={regionName} onDelete={vi.fn()} />);
    expect(bodyRows()).toHaveLength(50);
    expect(screen.getByTestId('home-list-count')).toHaveTextContent('Menampilkan 50 dari 120 penilaian yang cocok (120 seluruhnya).');
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan lebih banyak (50 lagi)' }));
    expect(bodyRows()).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan lebih banyak (20 lagi)' }));
    expect(bodyRows()).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /Tampilkan lebih banyak/ })).toBeNull();
  });

  it('searches by region name, region code and period (all words must match)', () => {
    render(<AssessmentTable items={MANY} regionName={regionName} onDelete={vi.fn()} />);
    const search = screen.getByRole('searchbox', { name: 'Cari penilaian' });
    fireEvent.change(search, { target: { value: 'cirebon 2003' } });
    expect(bodyRows()).toHaveLength(1);
    expect(bodyRows()[0]).toHaveTextContent('Kota Cirebon (32.74)');
    fireEvent.change(search, { target: { value: '32.73' } });
    expect(bodyRows()).toHaveLength(30);
    fireEvent.change(search, { target: { value: 'ACEH' } });
    expect(screen.getByTestId('home-list-count')).toHaveTextContent('Menampilkan 30 dari 30');
    fireEvent.change(search, { target: { value: 'surabaya' } });
    expect(screen.queryByRole('table')).toBeNull();
  });
});
