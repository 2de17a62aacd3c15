import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RadarChart } from './radar-chart';

const axes = [
  { key: 'GOV', label: 'Smart Governance' },
  { key: 'BRD', label: 'Smart Branding' },
  { key: 'ECO', label: 'Smart Economy' },
];

describe('RadarChart', () => {
  it('draws an SVG inside a named image with a caption and a legend', () => {
    render(
      <RadarChart
        title="Radar skor"
        note="Catatan"
        axes={axes}
        series={[
          { key: 'own', label: 'Skor', style: 'primary', values: { GOV: 2.75, BRD: 3, ECO: null } },
          { key: 'ref', label: 'Median', style: 'reference', values: { GOV: 2, BRD: 2, ECO: 2 } },
          { key: 'cons', label: 'Konservatif', style: 'dashed', values: { GOV: 2, BRD: 2.5, ECO: 0 } },
        ]}
      />,
    );
    const img = screen.getByRole('img', { name: 'Radar skor' });
    expect(img.querySelector('svg.recharts-surface')).not.toBeNull();
    expect(img.querySelectorAll('.recharts-radar')).toHaveLength(3);
    expect(screen.getByRole('figure')).toHaveTextContent('Radar skor Catatan');
    expect(screen.getByText('Konservatif')).toBeInTheDocument();
    // the legend is plain text below the image, in series order (not Recharts' self-measuring legend)
    expect(img.querySelector('.recharts-legend-wrapper')).toBeNull();
    const legend = screen.getByRole('list');
    expect(img.contains(legend)).toBe(false);
    expect([...legend.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Skor', 'Median', 'Konservatif']);
    // the radius axis labels 0–5 are drawn
    expect([...img.querySelectorAll('.recharts-polar-radius-axis-tick text')].map((t) => t.textContent)).toEqual(['0', '1', '2', '3', '4', '5']);
    // angle-axis labels are wrapped onto tspans
    expect(img.textContent).toContain('Governance');
  });
});
