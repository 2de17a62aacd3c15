import { useMemo } from 'react';

type ValueRow = { readonly values: Readonly<Record<string, number | null>> };

const accessor = <Row extends ValueRow>(key: string) => (row: Row): number | null => row.values[key] ?? null;

/**
 * `accessorOf(key)`: the `dataKey` accessor `row.values[key] ?? null` of one of the chart's series
 * (`keys`), the same function while the set of keys stays the same. Recharts keeps every graphical
 * item's props in its chart store; a new accessor on each render replaces the item there and
 * recomputes the chart's selectors, so re-rendering a parent would redraw an unchanged chart.
 */
export function useValueAccessors<Row extends ValueRow>(keys: readonly string[]): (key: string) => (row: Row) => number | null {
  const joined = keys.join('\u0000');
  return useMemo(() => {
    const accessors = new Map(joined.split('\u0000').map((key) => [key, accessor<Row>(key)]));
    return (key: string) => accessors.get(key) ?? accessor<Row>(key);
  }, [joined]);
}

/** The 0–5 score axis: module constants, so Recharts sees the same objects on every render. */
export const SCORE_TICKS: readonly number[] = [0, 1, 2, 3, 4, 5];
