import { spawn, type ChildProcess } from 'node:child_process';
import { isPortFree } from './ports.ts';

export interface RunningServer {
  name: string;
  url: string;
  process: ChildProcess;
  /** Everything the process printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartServerOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Base URL of the server once up. */
  url: string;
  /** Path polled until it answers 2xx/3xx. */
  healthPath: string;
  timeoutMs?: number;
  /** Mirror the child's output to ours (the start command) instead of only buffering it (tests). */
  inheritOutput?: boolean;
}

const MAX_BUFFERED_OUTPUT = 200_000;

/** Spawns a server process and resolves once its health URL answers, or rejects with its output. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  // Another server on the port would pass the health check in place of ours.
  const { port } = new URL(options.url);
  if (port && !(await isPortFree(Number(port)))) {
    throw new Error(`${options.name} did not start: port ${port} is in use by another process`);
  }
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The latest output only, kept as chunks: a busy server logs a line per request.
  const chunks: Buffer[] = [];
  let buffered = 0;
  const collect = (chunk: Buffer) => {
    chunks.push(chunk);
    buffered += chunk.length;
    while (buffered > MAX_BUFFERED_OUTPUT && chunks.length > 1) buffered -= chunks.shift()!.length;
    if (options.inheritOutput) process.stdout.write(chunk);
  };
  const output = () => Buffer.concat(chunks).toString();
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) =>
      reject(
        new Error(`${options.name} exited (${signal ?? code}) before it was ready:\n${output()}`),
      ),
    ),
  );
  exited.catch(() => {});

  const server: RunningServer = {
    name: options.name,
    url: options.url,
    process: child,
    output,
    stop: () => stopProcess(child),
  };
  try {
    await Promise.race([
      waitForHttp(options.url + options.healthPath, options.timeoutMs ?? 60_000),
      exited,
    ]);
  } catch (error) {
    await server.stop();
    throw new Error(
      `${options.name} did not start: ${(error as Error).message}\n${output().slice(-4000)}`,
      { cause: error },
    );
  }
  return server;
}

/** Polls a URL until it answers with a non-error status. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      if (response.status < 400) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms (${lastError})`);
}

/** SIGTERM, then SIGKILL if the process lingers. */
export function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
