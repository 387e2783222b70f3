import { createServer, request } from 'node:http';
import { getFreePort } from './ports.ts';

export interface CountingProxy {
  url: string;
  /** Requests forwarded so far. */
  readonly requests: number;
  close(): Promise<void>;
}

/**
 * A plain HTTP proxy on loopback that forwards everything to `target` and counts the requests:
 * put between the site and the CMS, it tells how often a page reached the CMS.
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  let requests = 0;
  const server = createServer((incoming, answer) => {
    requests += 1;
    const upstream = request(
      new URL(incoming.url!, target),
      { method: incoming.method, headers: incoming.headers },
      (response) => {
        answer.writeHead(response.statusCode!, response.headers);
        response.pipe(answer);
      },
    );
    upstream.on('error', () => answer.destroy());
    incoming.pipe(upstream);
  });
  const port = await getFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
