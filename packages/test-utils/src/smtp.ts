import { SMTPServer } from 'smtp-server';
import { getFreePort } from '@mdle/launcher';

export interface ReceivedMail {
  to: string[];
  /** The message as received (headers + MIME body). */
  raw: string;
  /** Headers and bodies decoded: quoted-printable undone, read as UTF-8. */
  text: string;
}

export interface TestSmtpServer {
  port: number;
  /** The CMS environment that sends its mail here (SMTP_HOST, SMTP_PORT, no TLS). */
  env: Record<string, string>;
  inbox: ReceivedMail[];
  /** Waits until `count` messages arrived (or 10 s passed) and returns the inbox. */
  waitFor(count?: number): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
}

const decode = (raw: string) =>
  Buffer.from(
    raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

/**
 * A real SMTP server on loopback: the app sends to it, tests read what arrived. Give `port` to
 * start it again where a stopped one was (the app keeps its address).
 */
export async function startSmtpServer(
  options: {
    port?: number;
    /** Accept each message only after this long (a slow server). */ delayMs?: number;
  } = {},
): Promise<TestSmtpServer> {
  const inbox: ReceivedMail[] = [];
  const port = options.port ?? (await getFreePort());
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('latin1')));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        const accept = () => {
          inbox.push({ to, raw, text: decode(raw) });
          callback();
        };
        if (options.delayMs) setTimeout(accept, options.delayMs);
        else accept();
      });
    },
  });
  // A client that dies mid-session (a CMS replica killed with -9) resets its socket: smtp-server
  // reports that on the server, and unheard it would crash the test process.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_IGNORE_TLS: 'true' },
    inbox,
    async waitFor(count = 1) {
      const deadline = Date.now() + 10_000;
      while (inbox.length < count && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return inbox;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
