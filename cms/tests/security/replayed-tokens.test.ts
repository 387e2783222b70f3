/**
 * Attacker (or stale inbox) requests that replay email links: a confirmation link used again
 * after unsubscribing must neither subscribe the person again nor rewrite their consent; a newer
 * sign-up's link still works.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '@mdle/test-utils/smtp';
import { signToken } from '../../src/plugins/network/server/src/lib/tokens';
import { unsentMailLogLine } from '../../src/plugins/network/server/src/lib/mailer';
import { postSignUp, validSignUp } from '../fixtures/network';
import { bootCms, type TestCms } from '../harness';

const confirmToken = (mail: ReceivedMail) =>
  /\/confirmation\?token=(\S+)/.exec(mail.text)?.[1] ?? '';
const unsubscribeToken = (mail: ReceivedMail) =>
  /\/api\/network\/unsubscribe\?token=([^>\s]+)/.exec(mail.text)?.[1] ?? '';

describe('security: replayed email links', () => {
  let cms: TestCms;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    cms = await bootCms({ ...smtp.env, SITE_PUBLIC_URL: 'https://site.example' });
  });
  afterAll(async () => {
    await cms?.stop();
    await smtp?.stop();
  });

  const use = async (action: 'confirm' | 'unsubscribe', token: string) => {
    const response = await fetch(`${cms.url}/api/network/${action}?locale=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    return { status: response.status, text: await response.text() };
  };
  const contact = async (email: string) =>
    (await cms.strapi.db
      .query('plugin::network.network-contact')
      .findOne({ where: { email } })) as { status: string; consentedAt: string; id: number };

  it('a confirmation link replayed after unsubscribing changes nothing', async () => {
    const email = 'replay@example.org';
    expect((await postSignUp(cms.url, validSignUp({ email }))).status).toBe(202);
    const [mail] = await smtp.waitFor(1);
    const token = confirmToken(mail!);
    expect((await use('confirm', token)).status).toBe(200);
    expect((await use('unsubscribe', unsubscribeToken(mail!))).status).toBe(200);
    const unsubscribed = await contact(email);
    expect(unsubscribed.status).toBe('unsubscribed');

    const replay = await use('confirm', token);
    expect(replay.status).toBe(400);
    expect(replay.text).toContain('not valid');
    const after = await contact(email);
    expect(after.status).toBe('unsubscribed');
    expect(after.consentedAt).toEqual(unsubscribed.consentedAt);
  });

  it('an unconfirmed link used after unsubscribing from the same email does not subscribe', async () => {
    const email = 'never-confirmed@example.org';
    expect((await postSignUp(cms.url, validSignUp({ email }))).status).toBe(202);
    const mail = (await smtp.waitFor(2)).at(-1)!;
    expect((await use('unsubscribe', unsubscribeToken(mail))).status).toBe(200);
    expect((await use('confirm', confirmToken(mail))).status).toBe(400);
    expect((await contact(email)).status).toBe('unsubscribed');
  });

  it('signing up again sends a new link that works, with the consent given then', async () => {
    const email = 'rejoin@example.org';
    await postSignUp(cms.url, validSignUp({ email }));
    const first = (await smtp.waitFor(3)).at(-1)!;
    await use('unsubscribe', unsubscribeToken(first));
    // The resend cooldown is 15 minutes: act as if it had passed.
    await cms.strapi.db
      .query('plugin::network.network-contact')
      .update({ where: { email }, data: { confirmationSentAt: new Date(Date.now() - 3_600_000) } });
    expect((await postSignUp(cms.url, validSignUp({ email }))).status).toBe(202);
    const second = (await smtp.waitFor(4)).at(-1)!;
    expect((await use('confirm', confirmToken(first))).status).toBe(400);
    expect((await use('confirm', confirmToken(second))).status).toBe(200);
    expect((await contact(email)).status).toBe('confirmed');
  });

  it('unsubscribe links expire (each email carries a fresh one); an expired one is refused', async () => {
    const email = 'expiry@example.org';
    await postSignUp(cms.url, validSignUp({ email }));
    const mail = (await smtp.waitFor(5)).at(-1)!;
    const [payload] = unsubscribeToken(mail).split('.');
    const [, , expires] = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as number[];
    expect(expires! * 1000).toBeGreaterThan(Date.now() + 300 * 24 * 3600 * 1000);
    expect(expires! * 1000).toBeLessThan(Date.now() + 400 * 24 * 3600 * 1000);

    const { id, documentId } = (await cms.strapi.db
      .query('plugin::network.network-contact')
      .findOne({ where: { email } })) as { id: number; documentId: string };
    const expired = signToken(process.env.NETWORK_TOKEN_SECRET!, {
      purpose: 'unsubscribe',
      contact: documentId,
      expires: Math.floor(Date.now() / 1000) - 1,
      issued: Date.now() - 1000,
    });
    const refused = await use('unsubscribe', expired);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('expired');
    expect((await contact(email)).id).toBe(id);
    expect((await contact(email)).status).toBe('pending');
  });

  it("in production, an email written to the log (no SMTP) has its links' tokens redacted", () => {
    const mail = {
      to: 'someone@example.org',
      subject: 'Confirm',
      text: 'Confirm: https://site.example/network/confirmation?token=abc.def\nStop: https://cms.example/api/network/unsubscribe?token=ghi.jkl',
      html: '',
    };
    const production = unsentMailLogLine(mail, true);
    expect(production).not.toMatch(/abc\.def|ghi\.jkl/);
    expect(production).toContain('token=[redacted]');
    // In development the whole message is logged, to follow the flow by hand.
    expect(unsentMailLogLine(mail, false)).toContain('token=abc.def');
  });

  it('request logs never show a link token (query strings are redacted)', async () => {
    const logged: string[] = [];
    const spy = vi.spyOn(cms.strapi.log, 'http').mockImplementation(((line: string) => {
      logged.push(line);
    }) as never);
    try {
      await fetch(`${cms.url}/api/network/unsubscribe?token=abc.SECRETTOKEN&locale=en`, {
        method: 'POST',
      });
      await fetch(`${cms.url}/api/network/confirm?locale=fr&token=def.SECRETTOKEN`, {
        method: 'POST',
      });
    } finally {
      spy.mockRestore();
    }
    const lines = logged.filter((line) => line.includes('/api/network/'));
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain('SECRETTOKEN');
    expect(lines[0]).toMatch(
      /^POST \/api\/network\/unsubscribe\?token=\[redacted\]&locale=en \(\d+ ms\) 400$/,
    );
  });
});
