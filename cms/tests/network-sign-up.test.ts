import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '@mdle/test-utils/smtp';
import { signToken } from '../src/plugins/network/server/src/lib/tokens';
import { CONSENT } from '../src/plugins/network/server/src/lib/consent';
import { validSignUp } from './fixtures/network';
import contactSchema from '../src/plugins/network/server/src/content-types/network-contact/schema.json';
import { bootCms, type TestCms } from './harness';

const textOf = (mail: ReceivedMail) => mail.text;
const linkIn = (mail: ReceivedMail, pattern: RegExp) => pattern.exec(mail.text)?.[1];

describe('network sign-up with double opt-in, through HTTP and a real SMTP server', () => {
  let cms: TestCms;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    cms = await bootCms({
      ...smtp.env,
      SITE_PUBLIC_URL: 'https://site.example',
      PUBLIC_URL: 'https://cms.example',
      TRUSTED_PROXIES: 'loopback', // the test client plays the site's server
      NETWORK_SIGNUP_PER_IP: '100000',
    });
  });
  afterAll(async () => {
    await cms?.stop();
    await smtp?.stop();
  });
  beforeEach(async () => {
    // Confirmation emails leave after the answer: let the previous test's mail arrive first.
    for (let seen = -1; seen !== smtp.inbox.length;) {
      seen = smtp.inbox.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    smtp.inbox.length = 0;
  });

  let nextIp = 1;
  /** Each call comes from its own address (via the trusted proxy) unless one is given. */
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${cms.url}/api/network/${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `198.51.100.${nextIp++ % 250}`,
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const contacts = () => cms.strapi.db.query('plugin::network.network-contact').findMany({});
  const waitForMail = (count = 1) => smtp.waitFor(count);

  it('gives the consent wording, its version and the categories, in each language', async () => {
    const response = await fetch(`${cms.url}/api/network/consent?locale=fr`);
    const body = (await response.json()) as {
      data: { version: string; text: string; categories: string[] };
    };
    expect(body.data).toMatchObject({ version: CONSENT.version, text: CONSENT.text.fr });
    // The categories to choose from are the content type's, the list validation accepts.
    expect(body.data.categories).toEqual(contactSchema.attributes.category.enum);
  });

  it('sign-up → email in French → confirm → unsubscribe with one click, keeping history', async () => {
    const response = await post('sign-up', validSignUp(), { 'accept-language': 'en' });
    expect(response.status).toBe(202);
    const body = (await response.json()) as { data: { message: string } };
    expect(body.data.message).toContain('Consultez votre messagerie');
    // Nothing about the contact comes back.
    expect(JSON.stringify(body)).not.toContain('olivier');

    const [stored] = (await contacts()) as Record<string, unknown>[];
    expect(stored).toMatchObject({
      email: 'olivier@example.org',
      status: 'pending',
      consentVersion: CONSENT.version,
      consentText: CONSENT.text.fr,
      preferredLanguage: 'fr',
    });

    const [mail] = await waitForMail();
    expect(mail!.to).toEqual(['olivier@example.org']);
    expect(textOf(mail!)).toContain('Merci de rejoindre le réseau du projet');
    expect(mail!.raw).toMatch(/Subject: =\?UTF-8\?Q\?Confirmez_votre_inscription/);
    const confirmLink = linkIn(
      mail!,
      /(https:\/\/site\.example\/fr\/reseau\/confirmation\?token=\S+)/,
    );
    expect(confirmLink).toBeDefined();
    const oneClick = linkIn(
      mail!,
      /List-Unsubscribe:\s*<(https:\/\/cms\.example\/api\/network\/unsubscribe\?token=[^>]+)>/,
    );
    expect(oneClick).toBeDefined();
    expect(textOf(mail!)).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    const token = new URL(confirmLink!).searchParams.get('token');
    const confirmed = await post('confirm?locale=fr', { token });
    expect(confirmed.status).toBe(200);
    expect(((await confirmed.json()) as { data: { message: string } }).data.message).toContain(
      'Bienvenue',
    );
    const [afterConfirm] = (await contacts()) as Record<string, unknown>[];
    expect(afterConfirm!.status).toBe('confirmed');
    expect(afterConfirm!.confirmedAt).toBeTruthy();

    // RFC 8058 one-click: the mail client POSTs a form to the List-Unsubscribe address.
    const unsubscribe = await fetch(oneClick!.replace('https://cms.example', cms.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(unsubscribe.status).toBe(200);
    const [afterUnsubscribe] = (await contacts()) as Record<string, unknown>[];
    expect(afterUnsubscribe).toMatchObject({ status: 'unsubscribed' });
    expect(afterUnsubscribe!.unsubscribedAt).toBeTruthy();
    expect(afterUnsubscribe!.confirmedAt).toBeTruthy(); // history kept
  });

  it('rejects tampered, expired and wrong-purpose tokens', async () => {
    const [contact] = (await contacts()) as { documentId: string }[];
    const secret = process.env.NETWORK_TOKEN_SECRET!;
    const valid = signToken(secret, {
      purpose: 'confirm',
      contact: contact!.documentId,
      expires: Math.floor(Date.now() / 1000) + 60,
    });
    const [data, signature] = valid.split('.');
    const tampered = `${data}.${signature!.slice(0, -2)}${signature!.endsWith('A') ? 'BB' : 'AA'}`;
    const forged = signToken('not-the-secret', {
      purpose: 'confirm',
      contact: contact!.documentId,
      expires: 0,
    });
    const expired = signToken(secret, {
      purpose: 'confirm',
      contact: contact!.documentId,
      expires: Math.floor(Date.now() / 1000) - 1,
    });
    const unsubscribeToken = signToken(secret, {
      purpose: 'unsubscribe',
      contact: contact!.documentId,
      expires: 0,
    });
    for (const [token, expected] of [
      [tampered, 'not valid'],
      [forged, 'not valid'],
      [unsubscribeToken, 'not valid'],
      ['', 'not valid'],
      [expired, 'expired'],
    ] as const) {
      const response = await post('confirm?locale=en', { token });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message).toContain(expected);
    }
    const [unchanged] = (await contacts()) as { status: string }[];
    expect(unchanged!.status).toBe('unsubscribed');
  });

  it('answers the same for a known email, never duplicates, resends at most once per cooldown', async () => {
    const email = 'Repeat.Person@Example.org';
    const first = await post('sign-up', validSignUp({ email, preferredLanguage: 'en' }));
    const firstBody = await first.json();
    await waitForMail(1);
    const again = await post(
      'sign-up',
      validSignUp({ email: email.toLowerCase(), preferredLanguage: 'en' }),
    );
    expect(again.status).toBe(first.status);
    expect(await again.json()).toEqual(firstBody);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.inbox).toHaveLength(1); // the cooldown holds back a second confirmation
    const rows = (await contacts()) as { email: string }[];
    expect(rows.filter((row) => row.email === email.toLowerCase())).toHaveLength(1);
  });

  it('100 concurrent sign-ups with one email: one contact, at most one email', async () => {
    const email = 'concurrent@example.org';
    const responses = await Promise.all(
      Array.from({ length: 100 }, () => post('sign-up', validSignUp({ email }))),
    );
    for (const response of responses) expect([202, 429]).toContain(response.status);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rows = (await contacts()) as { email: string }[];
    expect(rows.filter((row) => row.email === email)).toHaveLength(1);
    expect(smtp.inbox.filter((mail) => mail.to.includes(email))).toHaveLength(1);
  });

  it('limits sign-ups per address, trusting only the configured proxy', async () => {
    process.env.NETWORK_SIGNUP_PER_IP = '3';
    try {
      const from = (ip: string, index: number) =>
        post('sign-up', validSignUp({ email: `limited-${ip}-${index}@example.org` }), {
          'x-forwarded-for': ip,
        });
      const statuses = [];
      for (let index = 0; index < 4; index++)
        statuses.push((await from('203.0.113.7', index)).status);
      expect(statuses).toEqual([202, 202, 202, 429]);
      // A client cannot escape by inventing an X-Forwarded-For hop: the proxy's entry is used.
      const spoofed = await post('sign-up', validSignUp({ email: 'spoof@example.org' }), {
        'x-forwarded-for': '10.9.9.9, 203.0.113.7',
      });
      expect(spoofed.status).toBe(429);
      expect(spoofed.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = (await spoofed.json()) as { error: { message: string } };
      // In the language of the form (French here), like every message.
      expect(body.error.message).toContain('Trop de tentatives');
    } finally {
      process.env.NETWORK_SIGNUP_PER_IP = '100000';
    }
  });

  it('refuses at least 200 malformed inputs with a 4xx and a message, storing nothing', async () => {
    const before = (await contacts()).length;
    const cases: Array<[string, string]> = [];
    const json = (label: string, body: unknown) => cases.push([label, JSON.stringify(body)]);
    const base = validSignUp({ email: 'malformed@example.org' });
    const without = (field: string) => {
      const copy: Record<string, unknown> = { ...base };
      delete copy[field];
      return copy;
    };
    for (const field of [
      'name',
      'email',
      'category',
      'country',
      'preferredLanguage',
      'consent',
      'consentVersion',
    ]) {
      json(`missing ${field}`, without(field));
      json(`empty ${field}`, { ...base, [field]: '' });
    }
    for (const [field, length] of [
      ['name', 201],
      ['organisation', 201],
      ['position', 201],
      ['email', 250],
      ['consentVersion', 41],
    ] as const) {
      json(`too long ${field}`, {
        ...base,
        [field]: field === 'email' ? `${'a'.repeat(length)}@example.org` : 'x'.repeat(length),
      });
    }
    const wrongTypes = [42, true, ['x'], { nested: 'x' }, null];
    for (const field of Object.keys(base)) {
      for (const value of wrongTypes) {
        if (field === 'interests' && Array.isArray(value)) continue; // ['x'] is a valid shape
        if (field === 'consent' && value === true) continue; // the valid value
        json(`wrong type ${field}=${JSON.stringify(value)}`, { ...base, [field]: value });
      }
    }
    for (const email of [
      'plainaddress',
      '@example.org',
      'name@',
      'name@example',
      'name@@example.org',
      'name example@example.org',
      'name@example..org',
      '.name@example.org',
      'name@-example.org',
      'name@example.org.',
      'name@exam_ple.org',
      '<name@example.org>',
      'name@example.org,other@example.org',
      'name@[300.1.1.1]',
      'nämé@example.org',
      'name@localhost',
      'name@.org',
      'name@example.o',
      '"quoted"@example.org',
      'name@example.org\u0000',
      'a@b',
      '   ',
      'name@example.org<script>',
      'javascript:alert(1)@example.org',
      'name@example.org;DROP TABLE',
    ]) {
      json(`invalid email ${email}`, { ...base, email });
    }
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      '<iframe src="javascript:alert(1)">',
      '<a href="javascript:alert(1)">x</a>',
      '<body onload=alert(1)>',
      '<style>*{}</style>',
      '<<script>>',
      '<math><mi>',
      '</textarea><script>x</script>',
    ];
    for (const field of ['name', 'organisation', 'position']) {
      for (const payload of payloads)
        json(`script in ${field}: ${payload}`, { ...base, [field]: payload });
    }
    for (const field of [
      'status',
      'confirmedAt',
      'id',
      'documentId',
      'publishedAt',
      'role',
      'isAdmin',
      'consentText',
      'source',
      'unsubscribedAt',
      'createdBy',
      'locale',
      'email2',
      'password',
      'token',
      'interests2',
      '__proto__x',
      'constructor',
      'confirmationSentAt',
      'notes',
    ]) {
      json(`unknown field ${field}`, { ...base, [field]: 'x' });
    }
    for (const category of ['police', 'LAW_ENFORCEMENT_OFFICER', 'admin', 'other ', 'x'.repeat(50)])
      json(`category ${category}`, { ...base, category });
    for (const language of ['de', 'EN', 'french', 'en-GB', 'xx'])
      json(`language ${language}`, { ...base, preferredLanguage: language });
    for (const country of ['ch', 'CHE', 'XX', 'ZZ', 'C1', 'Switzerland', '12', 'QQ', 'AAA', 'c h'])
      json(`country ${country}`, { ...base, country });
    for (const consent of [false, 'true', 1, 'yes', 'on'])
      json(`consent ${String(consent)}`, { ...base, consent });
    for (const consentVersion of ['1999-01', 'latest', 'x', '2026-12', CONSENT.version + ' '])
      json(`consent version ${consentVersion}`, { ...base, consentVersion });
    for (const interests of [
      ['no-such-topic'],
      ['Law-Enforcement'],
      ['law enforcement'],
      Array.from({ length: 21 }, (_, i) => `topic-${i}`),
      [42],
      [''],
      [['law-enforcement']],
    ])
      json(`interests ${JSON.stringify(interests).slice(0, 40)}`, { ...base, interests });
    for (const website of ['http://spam.example', 'x', 'buy now'])
      json(`honeypot ${website}`, { ...base, website });
    for (const body of [[], 'sign me up', 12, null, true])
      json(`body ${JSON.stringify(body)}`, body);
    for (const raw of ['{', '{"name":', 'name=x&email=y', '{"name": undefined}', "{'name':'x'}"])
      cases.push([`invalid JSON ${raw}`, raw]);
    for (const name of ['\u0000', ' ', '\t\n', '<', '>'])
      json(`blank or markup name ${JSON.stringify(name)}`, { ...base, name });
    for (const size of [10_000, 100_000, 400_000])
      json(`oversized body ${size}`, { ...base, name: 'x'.repeat(size) });

    expect(cases.length).toBeGreaterThanOrEqual(200);
    const failures: string[] = [];
    for (const [label, body] of cases) {
      const response = await post('sign-up?locale=en', body);
      const parsed = (await response.json().catch(() => null)) as {
        error?: { message?: string };
      } | null;
      const ok = response.status >= 400 && response.status < 500 && !!parsed?.error?.message;
      if (!ok)
        failures.push(`${label}: HTTP ${response.status} ${JSON.stringify(parsed).slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
    expect((await contacts()).length).toBe(before);
    expect(smtp.inbox).toHaveLength(0);
  });

  it('reports each problem on its field, in the visitor’s language', async () => {
    const response = await post(
      'sign-up?locale=fr',
      validSignUp({ email: 'nope', country: 'XX', consent: false, extra: 1 }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { message: string; details: { errors: { path: string[]; message: string }[] } };
    };
    expect(body.error.message).toBe('Certains champs sont à corriger.');
    const byField = Object.fromEntries(
      body.error.details.errors.map((error) => [error.path[0], error.message]),
    );
    expect(byField).toMatchObject({
      email: 'Saisissez une adresse électronique valide, comme nom@exemple.org.',
      country: 'Choisissez un pays dans la liste.',
      consent: 'Cochez la case pour donner votre consentement.',
      extra: 'Ce champ ne fait pas partie du formulaire.',
    });
  });
});
