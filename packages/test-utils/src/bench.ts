/** What every `pnpm bench` script shares: one way to load a URL, one way to print results. */
import autocannon from 'autocannon';

export type LoadOptions = autocannon.Options;

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Loads one URL on loopback with autocannon (10 connections unless told) and summarises it. */
export async function measure(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({ connections: 10, ...options });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** A Markdown table, ready to paste into a note. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
