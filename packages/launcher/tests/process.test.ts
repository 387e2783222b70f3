import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getFreePort, leasePort, startServer, waitForHttp } from '../src/index.ts';

const tinyServer = (port: number, delayMs = 0) =>
  `setTimeout(() => require('node:http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1'), ${delayMs})`;

describe('getFreePort', () => {
  const listen = (port: number) =>
    new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve(server));
    });

  it('returns a loopback port nobody listens on', async () => {
    const port = await getFreePort();
    expect(port).toBeGreaterThan(0);
    const server = await listen(port);
    // The check can fail: a port somebody listens on is refused.
    await expect(listen(port)).rejects.toThrow(/EADDRINUSE/);
    server.close();
  });
});

describe('leasePort: one port, one process of the machine at a time', () => {
  const portsModule = join(import.meta.dirname, '../src/ports.ts');
  /**
   * Runs `expression` (with `leasePort` and `getFreePort` in scope) in another process and
   * returns the first line it prints. With `stay`, the process lives until its stdin closes.
   */
  const inChild = async (expression: string, stay: boolean) => {
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { leasePort, getFreePort } = await import(${JSON.stringify(portsModule)});
         console.log(String(${expression}));
         ${stay ? 'process.stdin.resume();' : ''}`,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    return { child, answer: line.toString().trim() };
  };
  const leaseFile = (port: number) => join(tmpdir(), 'mdle-port-leases', String(port));

  it('refuses a port another live process leased, and takes it once that process is gone', async () => {
    const ours = await getFreePort();
    const refused = await inChild(`leasePort(${ours})`, false);
    expect(refused.answer).toBe('false');

    const holder = await inChild('await getFreePort()', true);
    const theirs = Number(holder.answer);
    expect(leasePort(theirs)).toBe(false);
    holder.child.kill('SIGKILL'); // no exit handler runs: its lease file stays behind
    await once(holder.child, 'exit');
    expect(existsSync(leaseFile(theirs))).toBe(true);
    expect(leasePort(theirs)).toBe(true);
  });

  it('ends a lease when its process exits', async () => {
    const { child, answer } = await inChild('await getFreePort()', true);
    expect(readFileSync(leaseFile(Number(answer)), 'utf8')).toBe(String(child.pid));
    child.stdin.end(); // nothing left to wait for: the process exits normally
    await once(child, 'exit');
    expect(existsSync(leaseFile(Number(answer)))).toBe(false);
  });
});

describe('startServer', () => {
  it('refuses to start on a port another server holds, instead of taking it for its own', async () => {
    const port = await getFreePort();
    const stranger = createHttpServer((_, response) => response.end('not ours'));
    await new Promise<void>((resolve) => stranger.listen(port, '127.0.0.1', resolve));
    try {
      await expect(
        startServer({
          name: 'late',
          command: process.execPath,
          args: ['-e', tinyServer(port, 2000)],
          cwd: process.cwd(),
          env: process.env,
          url: `http://127.0.0.1:${port}`,
          healthPath: '/',
          timeoutMs: 10_000,
        }),
      ).rejects.toThrow(`late did not start: port ${port} is in use by another process`);
    } finally {
      stranger.close();
    }
  });

  it('resolves once the health URL answers, and stops the process', async () => {
    const port = await getFreePort();
    const server = await startServer({
      name: 'tiny',
      command: process.execPath,
      args: ['-e', tinyServer(port, 300)],
      cwd: process.cwd(),
      env: process.env,
      url: `http://127.0.0.1:${port}`,
      healthPath: '/',
      timeoutMs: 10_000,
    });
    expect(await (await fetch(server.url)).text()).toBe('ok');
    await server.stop();
    expect(server.process.exitCode !== null || server.process.signalCode !== null).toBe(true);
  });

  it('rejects with the output of a process that dies before it is ready', async () => {
    const port = await getFreePort();
    await expect(
      startServer({
        name: 'broken',
        command: process.execPath,
        args: ['-e', 'console.error("missing secret XYZ"); process.exit(3)'],
        cwd: process.cwd(),
        env: process.env,
        url: `http://127.0.0.1:${port}`,
        healthPath: '/',
        timeoutMs: 10_000,
      }),
    ).rejects.toThrow(/broken did not start[\s\S]*missing secret XYZ/);
  });
});

describe('waitForHttp', () => {
  it('gives up after its timeout, saying why', async () => {
    const port = await getFreePort();
    await expect(waitForHttp(`http://127.0.0.1:${port}/`, 600)).rejects.toThrow(
      /not ready after 600 ms/,
    );
  });
});
