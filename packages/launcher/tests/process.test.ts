import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { getFreePort, startServer, waitForHttp } from '../src/index.ts';

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

describe('startServer', () => {
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
