import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startSmtpServer } from '../src/smtp.ts';

describe('the test SMTP server', () => {
  it('outlives a client that dies mid-transaction (a replica killed with -9)', async () => {
    const smtp = await startSmtpServer();
    const socket = connect(smtp.port, '127.0.0.1');
    await new Promise((greeted) => socket.once('data', greeted));
    socket.write('EHLO replica\r\nMAIL FROM:<cms@example.org>\r\n');
    await new Promise((accepted) => setTimeout(accepted, 200));
    socket.resetAndDestroy();
    await new Promise((reset) => setTimeout(reset, 200));
    // Still serving: a new client is greeted.
    const next = connect(smtp.port, '127.0.0.1');
    const greeting = await new Promise<string>((greeted) =>
      next.once('data', (chunk) => greeted(String(chunk))),
    );
    next.destroy();
    await smtp.stop();
    expect(greeting).toMatch(/^220 /);
  });
});
