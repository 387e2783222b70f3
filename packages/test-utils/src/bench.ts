/** What every `pnpm bench` script shares: one way to load a URL, one way to print results. */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

export type LoadOptions = autocannon.Options;

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** What the errors were, when there were any (`timeout 29, status 2`: wrk's kinds). */
  errorKinds?: string;
}

/** A result's errors for a table: the count, and their kinds when there were any. */
export const errorsOf = (result: LoadResult): string =>
  result.errorKinds ? `${result.errors} (${result.errorKinds})` : String(result.errors);

const WRK_ERROR_KINDS = ['connect', 'read', 'write', 'timeout', 'status'] as const;

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

export interface WrkOptions {
  /** Seconds of load (BENCH_DURATION, 10 by default). */
  duration?: number;
  headers?: Record<string, string>;
  /** A POST with this JSON body instead of a GET. */
  jsonBody?: string;
}

/**
 * wrk, 1 thread, 10 connections; latencies in ms. A Lua script reports non-2xx answers. Run
 * asynchronously: servers in the calling process (a counting proxy, a bare reference) keep
 * answering meanwhile.
 */
export async function wrk(url: string, options: WrkOptions = {}): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'mdle-wrk-'));
  const script = join(dir, 'script.lua');
  const post = options.jsonBody
    ? `wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = ${JSON.stringify(options.jsonBody)}\n`
    : '';
  writeFileSync(
    script,
    `${post}done = function(summary)\n${WRK_ERROR_KINDS.map((kind) => `  io.write("error.${kind}=" .. summary.errors.${kind} .. "\\n")`).join('\n')}\nend\n`,
  );
  const duration = options.duration ?? Number(process.env.BENCH_DURATION ?? 10);
  const args = ['-t1', '-c10', `-d${duration}s`, '--latency', '-s', script];
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    args.push('-H', `${name}: ${value}`);
  }
  try {
    const { stdout } = await promisify(execFile)('wrk', [...args, url], { encoding: 'utf8' });
    const number = (pattern: RegExp) => Number(pattern.exec(stdout)?.[1] ?? NaN);
    const ms = (label: string) => {
      const match = new RegExp(`${label}%\\s+([\\d.]+)(us|ms|s)`).exec(stdout);
      if (!match) return NaN;
      const value = Number(match[1]);
      return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value;
    };
    // Socket errors by kind, and answers that were not 2xx or 3xx (`status`).
    const errors = WRK_ERROR_KINDS.map(
      (kind) => [kind, number(new RegExp(`error\\.${kind}=(\\d+)`))] as const,
    ).filter(([, count]) => count > 0);
    return {
      rps: Math.round(number(/Requests\/sec:\s+([\d.]+)/)),
      p50: ms('50'),
      p99: ms('99'),
      errors: errors.reduce((sum, [, count]) => sum + count, 0),
      ...(errors.length
        ? { errorKinds: errors.map(([kind, count]) => `${kind} ${count}`).join(', ') }
        : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One URL loaded side by side with others: its best round, and every round in order. */
export interface SideBySideResult extends LoadResult {
  rounds: LoadResult[];
}

/**
 * Loads several URLs side by side with wrk: one-second rounds (BENCH_DURATION of them, at least
 * 3), each URL in turn within a round. The result for each URL is its best round, with every
 * round kept for `pairedShare`. On a shared machine whose speed drifts from one second to the
 * next, every URL meets the same drift.
 */
export async function wrkSideBySide(
  targets: Array<{ url: string; headers?: Record<string, string> }>,
  rounds = Math.max(3, Math.round(Number(process.env.BENCH_DURATION ?? 10))),
): Promise<SideBySideResult[]> {
  const results = targets.map(() => [] as LoadResult[]);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, { url, headers }] of targets.entries()) {
      // A server just loaded may still be collecting garbage: let it settle before the next.
      await delay(100);
      results[index]!.push(await wrk(url, { duration: 1, headers }));
    }
  }
  return results.map((each) => ({
    ...each.reduce((best, result) => (result.rps > best.rps ? result : best)),
    rounds: each,
  }));
}

/**
 * A subject's req/s as a share of a reference's: the median, over the rounds both were loaded
 * in, of the subject's req/s over the reference's in the same round. Here the same pair of
 * servers ranged from 28 % to 152 % from one second to the next; a drift mostly spans both halves
 * of a round, and the median leaves out the rounds it did not. (Each one's best round compared
 * whichever fast second each happened to get.)
 */
export function pairedShare(subject: SideBySideResult, reference: SideBySideResult): number {
  return median(subject.rounds.map((round, index) => round.rps / reference.rounds[index]!.rps));
}

/** The middle value (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Installs the Debian packages a bench needs (wrk, nginx-light, chromium) when they are missing. */
export function ensureDebianTools(tools: Array<[command: string, debianPackage: string]>): void {
  for (const [command, debianPackage] of tools) {
    const found = spawnSync('sh', ['-c', `command -v ${command} || test -x /usr/sbin/${command}`]);
    if (found.status === 0) continue;
    console.info(`[bench] installing ${debianPackage} from Debian`);
    spawnSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${debianPackage}`], {
      stdio: 'inherit',
    });
  }
}

/** Linux's clock ticks per second in /proc (USER_HZ, 100 on every Linux ABI). */
const CLOCK_TICKS = 100;

/** CPU time (ms, user + system) a process has used so far, from /proc. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** The machine's CPU time so far (ms, all cores): busy, and in all (busy + idle + I/O wait). */
export function machineCpuMs(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1);
  const ticks = fields.map(Number);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  const idle = ticks[3]! + ticks[4]!;
  return { busy: ((total - idle) * 1000) / CLOCK_TICKS, total: (total * 1000) / CLOCK_TICKS };
}

/** A process's resident memory, in MB (Linux). */
export function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
}

/**
 * The time a process's main thread (its JavaScript) has run on a CPU so far, and has waited for
 * one, in ms (/proc's schedstat, nanoseconds). Unlike wall-clock times it does not count a busy
 * or noisy machine's delays in the running time: a render's cost, apart from the waits.
 */
export function mainThreadSchedule(pid: number): { runMs: number; waitMs: number } {
  const [run, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ');
  return { runMs: Number(run) / 1e6, waitMs: Number(wait) / 1e6 };
}

/**
 * The JavaScript heap a Node process keeps after a full garbage collection, in MB, asked through
 * its inspector (started with `--inspect=127.0.0.1:<port>`). What a load left behind, unlike RSS,
 * which also counts garbage not yet collected and heap V8 has grown and not given back.
 */
export async function retainedHeapMegabytes(inspectorPort: number): Promise<number> {
  const [target] = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as [
    { webSocketDebuggerUrl: string },
  ];
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  const answers = new Map<number, (result: Record<string, number>) => void>();
  socket.onmessage = (message) => {
    const { id, result } = JSON.parse(String(message.data)) as {
      id: number;
      result: Record<string, number>;
    };
    answers.get(id)?.(result);
  };
  let lastId = 0;
  const send = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      answers.set(++lastId, resolve);
      socket.send(JSON.stringify({ id: lastId, method }));
    });
  try {
    await send('HeapProfiler.collectGarbage');
    return (await send('Runtime.getHeapUsage')).usedSize! / 1024 / 1024;
  } finally {
    socket.close();
  }
}
