import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Ports handed out by `getFreePort` are leased through one file per port, shared by every process
 * of the machine (test suites run in parallel processes). Why: the kernel frees a port as soon as
 * we close it, and a Strapi boots for seconds before it binds the port it was given; another
 * process asking the kernel in between could get the same port, and a health check would then
 * take the other server for ours (seen in CI: the site's port answered with Strapi's 404).
 */
const leaseDir = join(tmpdir(), 'mdle-port-leases');
const leasedHere = new Set<number>();

/** Asks the OS for a free loopback port that no other process of ours has leased. */
export async function getFreePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = await askKernelForPort();
    if (leasePort(port)) return port;
  }
  throw new Error(`no free port could be leased (leases in ${leaseDir})`);
}

/**
 * Takes the lease of `port` for this process. False when a live process holds it. A lease ends
 * with its process; a dead process's lease is taken over.
 */
export function leasePort(port: number): boolean {
  mkdirSync(leaseDir, { recursive: true });
  const file = join(leaseDir, String(port));
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      if (leasedHere.size === 0) process.once('exit', releaseLeases);
      leasedHere.add(port);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (isAlive(Number(readLease(file)))) return false;
      rmSync(file, { force: true });
    }
  }
  return false;
}

/** True when nothing listens on the loopback port (we could bind it). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function askKernelForPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function readLease(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseLeases(): void {
  for (const port of leasedHere) {
    // Only our own: a lease taken over after a crash is not ours to end.
    const file = join(leaseDir, String(port));
    if (readLease(file) === String(process.pid)) rmSync(file, { force: true });
  }
  leasedHere.clear();
}
