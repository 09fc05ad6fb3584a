import { writeFile } from 'node:fs/promises';
import os from 'node:os';

import * as prettier from 'prettier';

import { BUDGETS } from './budgets.ts';
import type { Figure, Limit, Unit } from './figures.ts';

/** What `results.json` holds: one run of the bench, where it ran and how it fared. */
export interface BenchResults {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  platform: string;
  /**
   * Load average of the machine (1, 5 and 15 minutes) when the bench started: timings from a
   * busy machine are worse and are to be read with it.
   */
  loadAverage: number[];
  /** The parts that were run: bundle, cold-init, throughput. */
  parts: string[];
  budgets: typeof BUDGETS;
  figures: Figure[];
  /** Whether every figure with a budget keeps to it. */
  pass: boolean;
}

/**
 * The run's figures with where and when they were taken.
 *
 * @param loadAverage `os.loadavg()` taken before the measurements
 */
export function collectResults(
  parts: string[],
  figures: Figure[],
  loadAverage: number[],
): BenchResults {
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverage: loadAverage.map((load) => Math.round(load * 100) / 100),
    parts,
    budgets: BUDGETS,
    figures,
    pass: figures.every((figure) => figure.ok !== false),
  };
}

/** Writes the results as JSON formatted the way the repository's Prettier wants it. */
export async function writeResults(file: string, results: BenchResults): Promise<void> {
  const config = (await prettier.resolveConfig(file)) ?? {};
  const text = await prettier.format(JSON.stringify(results), { ...config, filepath: file });
  await writeFile(file, text);
}

/** The figures as a plain-text table (figure | value | budget | ok), then their notes. */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['figure', 'value', 'budget', 'ok'];
  const rows = figures.map((figure) => [
    figure.name,
    figure.value === null ? 'n/a' : show(figure.value, figure.unit),
    figure.limit === undefined ? '' : showLimit(figure.limit, figure.unit),
    figure.ok === undefined ? '' : figure.ok ? 'ok' : 'MISSED',
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]): string =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  const notes = figures.flatMap((figure) =>
    figure.note === undefined ? [] : [`  ${figure.name}: ${figure.note}`],
  );

  return [
    line(header),
    rule,
    ...rows.map(line),
    ...(notes.length > 0 ? ['', 'notes:'] : []),
    ...notes,
  ].join('\n');
}

/** A value in its unit, e.g. `473.2 KiB`, `41.7 ms`, `5120 req/s`, `0.310`. */
export function show(value: number, unit: Unit): string {
  switch (unit) {
    case 'B':
      return `${(value / 1024).toFixed(1)} KiB`;
    case 'ms':
      return `${value.toFixed(1)} ms`;
    case 'req/s':
      return `${Math.round(value)} req/s`;
    case 'ratio':
      return value.toFixed(3);
  }
}

function showLimit(limit: Limit, unit: Unit): string {
  const parts = [];
  if (limit.min !== undefined) parts.push(`≥ ${show(limit.min, unit)}`);
  if (limit.max !== undefined) parts.push(`≤ ${show(limit.max, unit)}`);

  return parts.join(', ');
}
