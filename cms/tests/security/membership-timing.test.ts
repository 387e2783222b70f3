/**
 * Timing must not reveal who is in the network: a sign-up with a new address and one with a
 * confirmed member's address answer alike, even when the mail server is slow (the confirmation
 * email leaves after the answer). 25 of each, interleaved so both see the same machine load.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '@mdle/test-utils/smtp';
import { CONSENT } from '../../src/plugins/network/server/src/lib/consent';
import { postSignUp, validSignUp } from '../fixtures/network';
import { bootCms, type TestCms } from '../harness';

const SAMPLES = 25;
const SMTP_DELAY_MS = 250;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('security: response times do not reveal network membership', () => {
  let cms: TestCms;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer({ delayMs: SMTP_DELAY_MS });
    cms = await bootCms({ ...smtp.env, NETWORK_SIGNUP_PER_IP: '1000' });
    const contacts = cms.strapi.documents('plugin::network.network-contact');
    for (let index = 0; index < SAMPLES; index++) {
      await contacts.create({
        data: {
          ...validSignUp({ email: `member-${index}@example.org` }),
          interests: [],
          consentText: CONSENT.text.fr,
          consentedAt: new Date(),
          status: 'confirmed',
          source: 'website',
        } as never,
      });
    }
  });
  afterAll(async () => {
    await cms?.stop();
    await smtp?.stop();
  });

  const timedSignUp = async (email: string, visitor: number) => {
    const started = performance.now();
    const response = await postSignUp(cms.url, validSignUp({ email }), {
      'x-forwarded-for': `198.51.100.${visitor}`,
    });
    await response.text();
    expect(response.status).toBe(202);
    return performance.now() - started;
  };

  it('a new address answers as fast as a confirmed member, with a slow mail server', async () => {
    const newcomers: number[] = [];
    const members: number[] = [];
    for (let index = 0; index < SAMPLES; index++) {
      newcomers.push(await timedSignUp(`newcomer-${index}@example.org`, index));
      members.push(await timedSignUp(`member-${index}@example.org`, 100 + index));
    }
    // Without background sending, every newcomer would wait for the mail server (250 ms).
    expect(median(newcomers) - median(members)).toBeLessThan(SMTP_DELAY_MS / 5);
    expect(median(newcomers)).toBeLessThan(SMTP_DELAY_MS);
    // The emails still leave, one per newcomer.
    const inbox = await smtp.waitFor(SAMPLES);
    expect(inbox.filter((mail) => mail.to[0]!.startsWith('newcomer-'))).toHaveLength(SAMPLES);
  });
});
