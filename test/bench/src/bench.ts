import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One bench module: `npm run bench -- <filter>` runs those whose name contains the filter. */
export interface Bench {
  name: string;
  run(): Promise<void>;
}

/** Milliseconds taken by `work`. */
export async function timed(work: () => Promise<void> | void): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Runs `measure` `times` times and keeps the median rate, so that one GC pause or checkpoint does not decide. */
export async function medianRate(times: number, measure: () => Promise<{ count: number; ms: number }>): Promise<number> {
  const rates: number[] = [];
  for (let index = 0; index < times; index++) {
    const { count, ms } = await measure();
    rates.push((count / ms) * 1000);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)];
}

/** A temp folder for the duration of `work`, removed afterwards. */
export async function withTempDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

export function formatRate(rate: number): string {
  return Math.round(rate).toLocaleString('en-US');
}
