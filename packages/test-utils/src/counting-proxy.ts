import { createServer, request } from 'node:http';
import { getFreePort } from '@mdle/launcher';

export interface CountingProxy {
  url: string;
  /** Requests forwarded so far. */
  readonly requests: number;
  /** Answers being held back (see `holdAnswers`). */
  readonly held: number;
  /**
   * Holds back every answer from now on, as a slow upstream would: they are passed on when the
   * returned function is called.
   */
  holdAnswers(): () => void;
  close(): Promise<void>;
}

/**
 * A plain HTTP proxy on loopback that forwards everything to `target` and counts the requests:
 * put between the site and the CMS, it tells how often a page reached the CMS.
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  let requests = 0;
  let held = 0;
  let hold: Promise<void> | undefined;
  const server = createServer((incoming, answer) => {
    requests += 1;
    const upstream = request(
      new URL(incoming.url!, target),
      { method: incoming.method, headers: incoming.headers },
      (response) => {
        const pass = () => {
          answer.writeHead(response.statusCode!, response.headers);
          response.pipe(answer);
        };
        if (!hold) return pass();
        held += 1;
        void hold.then(() => {
          held -= 1;
          pass();
        });
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
    get held() {
      return held;
    },
    holdAnswers() {
      let release!: () => void;
      hold = new Promise<void>((resolve) => (release = resolve));
      return () => {
        hold = undefined;
        release();
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
