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
    // angle-axis labels are wrapped onto tspans
    expect(img.textContent).toContain('Governance');
  });
});
