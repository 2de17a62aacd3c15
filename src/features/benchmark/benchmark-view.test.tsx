import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { entry, summaryOf } from '../../domain/benchmark/test-entries';
import type { BenchmarkEntry } from '../../domain/benchmark/types';
import { parseRegionCatalog } from '../../domain/regions/regions';
import regionsData from '../../domain/regions/regions-data.json';
import { initI18n } from '../../i18n';
import type { BenchmarkOptions } from '../../state/benchmark-store';
import { DEFAULT_OPTIONS } from '../../state/benchmark-store';
import { benchmarkLocale } from './benchmark-locale';
import { BenchmarkView } from './benchmark-view';
import { useBenchmarkText } from './use-benchmark-text';

const catalog = parseRegionCatalog(regionsData);
const focus = entry('32.74', 3, { id: 'focus' });
const device: BenchmarkEntry[] = [
  focus,
  entry('32.73', 0, { summary: summaryOf([5, 4, 4, 4, 4, 3]) }),
  entry('32.71', 0, { summary: summaryOf([4, 3, 3, 3, 3, 2]) }),
  entry('32.75', 2),
  entry('32.76', 3),
  entry('32.72', 0, { summary: summaryOf([1, 2, 1, 2, 1, 2]) }),
  entry('32.01', 5),
  entry('33.74', 4),
  entry('32.74', 2, { id: 'previous', period: 2025 }),
];

function View({ options }: { options: BenchmarkOptions }) {
  const text = useBenchmarkText('gmsc-2026.1', catalog);
  return <BenchmarkView focus={focus} device={device} demo={null} options={options} catalog={catalog} text={text} />;
}

const summaryRow = (metric: string) =>
  within(screen.getByRole('table', { name: /Skor fokus dibanding/ })).getByRole('rowheader', { name: metric }).closest('tr');

beforeAll(() => {
  initI18n('id');
  i18next.addResourceBundle('id', 'benchmark', benchmarkLocale.id, true, true);
});

// Renders the whole view (Recharts in jsdom): slow on a busy machine, so allow more than 5 s.
describe('BenchmarkView', { timeout: 20_000 }, () => {
  it('shows the hand-computed rank, percentile, median and the previous period', () => {
    render(<View options={DEFAULT_OPTIONS} />);
    // Index values 1.5, 2, 3, 3, 3, 4, 4, 5: median 3, rank 4 of 8, PR 43.75 → 44; 2025: 2.
    expect(summaryRow('Indeks')).toHaveTextContent('3,003,002,75 – 4,00peringkat 4 dari 8442,00');
    expect(screen.getByTestId('selection-notes')).toHaveTextContent('8 wilayah dalam kelompok');
    expect(screen.getAllByRole('figure')).toHaveLength(3); // radar, distribution, trend
    expect(screen.queryByText('Data contoh')).toBeNull();
  });

  it('hides rank and percentile below 5 peers and says why', () => {
    render(<View options={{ ...DEFAULT_OPTIONS, groupKind: 'population' }} />);
    expect(screen.getByText(/disembunyikan karena kurang dari 5 pembanding/)).toHaveTextContent('(N = 2)');
    expect(screen.getByText(/Peringkat tidak ditampilkan/)).toBeInTheDocument(); // ranking table
    expect(summaryRow('Indeks')).toHaveTextContent('disembunyikandisembunyikan');
  });

  it('draws grouped bars for the hand-picked regions', () => {
    render(<View options={{ ...DEFAULT_OPTIONS, groupKind: 'custom', picks: ['32.73', '32.75'] }} />);
    const bars = screen.getByRole('table', { name: /Skor fokus dan wilayah pilihan/ });
    expect(within(bars).getAllByRole('row')).toHaveLength(4);
    expect(screen.getAllByRole('figure')).toHaveLength(4);
  });
});
