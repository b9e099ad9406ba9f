// Medians and spreads. Load times are skewed (a slow load is much slower, never much faster), so
// the bench reports medians and the middle half (p25–p75), not means and deviations.

/** The q-quantile (0 to 1) by linear interpolation between the closest ranks; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

export interface Summary {
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
  count: number;
}

export function summarize(values: readonly number[]): Summary {
  return {
    median: median(values),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
    count: values.length,
  };
}

/** "690 (650–720)": the median and the middle half, rounded to `digits`; "—" for nothing measured. */
export function formatSummary(values: readonly (number | null)[], digits = 0, unit = ''): string {
  const measured = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (!measured.length) return '—';
  const {median: middle, p25, p75} = summarize(measured);
  const format = (value: number) => value.toFixed(digits);
  return `${format(middle)}${unit} (${format(p25)}–${format(p75)})`;
}
