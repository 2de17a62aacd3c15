import type { RadarSeriesStyle } from './chart-data';

export interface RadarStrokeStyle {
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly strokeDasharray?: string;
  readonly fill: string;
  readonly fillOpacity: number;
}

/**
 * Stroke and fill per series style. They differ in lightness, line width, dash pattern and fill
 * opacity, not only in hue, so the series stay apart in greyscale print.
 */
export const RADAR_STYLES: Readonly<Record<RadarSeriesStyle, RadarStrokeStyle>> = {
  primary: { stroke: '#1f4e79', strokeWidth: 2.5, fill: '#1f4e79', fillOpacity: 0.3 },
  reference: { stroke: '#8c8c8c', strokeWidth: 1.5, fill: '#8c8c8c', fillOpacity: 0.12 },
  dashed: { stroke: '#a0522d', strokeWidth: 2, strokeDasharray: '6 4', fill: 'none', fillOpacity: 0 },
};

/** Colours of the polar grid and axis text (AA contrast on white). */
export const RADAR_GRID_COLOUR = '#c9ced6';
export const RADAR_TEXT_COLOUR = '#374151';
