import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BenchmarkBarsChart } from './benchmark-bars-chart';
import { DistributionChart } from './distribution-chart';
import { TrendChart } from './trend-chart';

const legend = { peers: 'Pembanding', iqr: 'Rentang antarkuartil', median: 'Median', range: 'Min–maks', focus: 'Fokus' };

describe('DistributionChart', () => {
  it('draws one strip per row with dots, box, median and focus, a legend and a badge', () => {
    const rows = [
      { key: 'index', label: 'Indeks', values: [1, 2, 3, 3, 4], focus: 3, min: 1, q1: 2, median: 3, q3: 3, max: 4 },
      { key: 'GOV', label: 'Governance', values: [2, 2, 5], focus: null, min: 2, q1: 2, median: 2, q3: 3.5, max: 5 },
    ];
    render(<DistributionChart rows={rows} title="Sebaran skor" legend={legend} badge="Data contoh" />);
    const img = screen.getByRole('img', { name: 'Data contoh: Sebaran skor' });
    expect(img.querySelectorAll('g[data-row]')).toHaveLength(2);
    expect(img.querySelectorAll('[data-focus="true"]')).toHaveLength(1);
    expect(img.querySelector('g[data-row="index"] path')?.getAttribute('d')?.match(/M/g)).toHaveLength(5);
    expect(screen.getByRole('figure')).toHaveTextContent('Data contoh');
    expect(screen.getByRole('list')).toHaveTextContent('Rentang antarkuartil');
    expect(img.textContent).toContain('Governance');
  });
});

describe('TrendChart', () => {
  it('draws a line per series with a legend', () => {
    const points = [
      { period: 2024, values: { index: 2, GOV: 1.5 } },
      { period: 2025, values: { index: 2.5, GOV: null } },
      { period: 2026, values: { index: 3, GOV: 3 } },
    ];
    render(<TrendChart points={points} series={[{ key: 'index', label: 'Indeks' }, { key: 'GOV', label: 'Governance' }]} title="Tren" />);
    const img = screen.getByRole('img', { name: 'Tren' });
    expect(img.querySelectorAll('.recharts-line')).toHaveLength(2);
    expect(screen.getByRole('list')).toHaveTextContent('IndeksGovernance');
    expect(img.textContent).toContain('2025');
  });
});

describe('BenchmarkBarsChart', () => {
  it('draws grouped bars with a pattern per series and a legend, at most six', () => {
    const series = Array.from({ length: 7 }, (_, i) => ({ key: `r${i}`, label: `Wilayah ${i}`, isFocus: i === 0, values: { index: 1 + i / 2, GOV: 2 } }));
    render(<BenchmarkBarsChart categories={[{ key: 'index', label: 'Indeks' }, { key: 'GOV', label: 'Smart Governance' }]} series={series} title="Batang" />);
    const img = screen.getByRole('img', { name: 'Batang' });
    expect(img.querySelectorAll('pattern')).toHaveLength(6);
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    expect(screen.queryByText('Wilayah 6')).toBeNull();
  });
});
