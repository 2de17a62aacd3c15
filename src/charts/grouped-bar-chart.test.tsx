import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GroupedBarChart } from './grouped-bar-chart';
import { RadarChart } from './radar-chart';
import { SERIES_PAINTS } from './grouped-bar-data';

const categories = [
  { key: 'GOV', label: 'Smart Governance' },
  { key: 'BRD', label: 'Smart Branding' },
  { key: 'ECO', label: 'Smart Economy' },
];
const series = [
  { key: 'a', label: 'Kota Cirebon 2026', values: { GOV: 2.75, BRD: 3, ECO: 1 } },
  { key: 'b', label: 'Kabupaten Cirebon 2026', values: { GOV: 2, BRD: null, ECO: 4 } },
];

describe('GroupedBarChart', () => {
  it('draws one patterned bar per value inside a named image, with a text legend and caption', () => {
    const { container } = render(<GroupedBarChart title="Skor per dimensi" note="Catatan" categories={categories} series={series} />);
    const img = screen.getByRole('img', { name: 'Skor per dimensi' });
    expect(img.querySelector('svg.recharts-surface')).not.toBeNull();
    // 5 values → 5 bars (the missing BRD value draws none).
    expect(img.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(5);
    const fills = [...img.querySelectorAll('.recharts-bar-rectangle path')].map((p) => p.getAttribute('fill'));
    expect(new Set(fills).size).toBe(2);
    expect(fills[0]).toMatch(/^url\(#.+-pattern-0\)$/);
    expect(container.querySelectorAll('pattern')).toHaveLength(2);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Kota Cirebon 2026', 'Kabupaten Cirebon 2026']);
    expect(screen.getByRole('figure')).toHaveTextContent('Skor per dimensi Catatan');
  });
});

describe('RadarChart with paints (comparison mode)', () => {
  it('draws each series with its own dash and marker and a text legend instead of the Recharts one', () => {
    render(
      <RadarChart title="Radar" axes={categories} paints={SERIES_PAINTS}
        series={series.map((s) => ({ ...s, style: 'primary' as const }))} />,
    );
    const img = screen.getByRole('img', { name: 'Radar' });
    const polygons = [...img.querySelectorAll('.recharts-radar-polygon path, .recharts-radar-polygon polygon')];
    expect(polygons.length).toBeGreaterThanOrEqual(2);
    expect(img.querySelectorAll('.recharts-symbols').length).toBeGreaterThanOrEqual(5);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Kota Cirebon 2026', 'Kabupaten Cirebon 2026']);
    expect(img.querySelector('.recharts-legend-wrapper')).toBeNull();
  });
});
