/** Units the bench reports in. */
export type Unit = 'B' | 'ms' | 'req/s' | 'ratio';

/** A limit a figure must stay within: at most `max`, at least `min`. */
export interface Limit {
  max?: number;
  min?: number;
}

/** One measured number, with its budget when it has one. */
export interface Figure {
  /** What was measured, e.g. `bundle catalog/list-services`. */
  name: string;
  /** `null` when the measurement could not be taken (the reason is in `note`). */
  value: number | null;
  unit: Unit;
  /** Absent for figures reported for information only. */
  limit?: Limit;
  /** Whether the value keeps to the limit; absent for information-only figures. */
  ok?: boolean;
  note?: string;
}

/** A figure held to a limit; a missing value misses the budget. */
export function budgeted(
  name: string,
  value: number | null,
  unit: Unit,
  limit: Limit,
  note?: string,
): Figure {
  const ok =
    value !== null &&
    (limit.max === undefined || value <= limit.max) &&
    (limit.min === undefined || value >= limit.min);

  return { name, value, unit, limit, ok, ...(note === undefined ? {} : { note }) };
}

/** A figure reported for information, without a budget. */
export function info(name: string, value: number | null, unit: Unit, note?: string): Figure {
  return { name, value, unit, ...(note === undefined ? {} : { note }) };
}

/** Median of the samples; the mean of the middle two for an even count. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;

  return sorted.length % 2 === 1 ? upper : (upper + (sorted[middle - 1] as number)) / 2;
}

/** The first line of an error's message, for a table cell or a note. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);

  return message.split('\n')[0]?.trim() ?? message;
}
