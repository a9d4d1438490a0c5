/** A rate as a percentage with one decimal ('66.7%', '100.0%'), as the notice prints it; '—' without hearings. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  return `${(rate * 100).toFixed(1)}%`;
}

/** Red below target, green at or above it; neutral when the agency had no hearings. */
export function rateColor(rate: number | null, belowTarget: boolean): string | undefined {
  if (rate === null) return undefined;
  return belowTarget ? '#cf1322' : '#389e0d';
}
