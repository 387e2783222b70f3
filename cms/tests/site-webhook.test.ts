import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFreePort } from '@mdle/test-utils';
import { ensureSiteWebhook, SITE_WEBHOOK_NAME } from '../src/bootstrap/site-webhook';
import { bootCms, type TestCms } from './harness';

interface Received {
  authorization: string | undefined;
  body: { event: string; uid: string };
}

/** A stand-in for the site's purge endpoint that records what the CMS sends it. */
async function startReceiver() {
  const received: Received[] = [];
  const port = await getFreePort();
  const readBody = async (request: IncomingMessage) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    return JSON.parse(text) as Received['body'];
  };
  const server: Server = createServer((request, response) => {
    void readBody(request).then((body) => {
      received.push({ authorization: request.headers.authorization, body });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/api/revalidate`, received, server };
}

describe('the site-cache webhook', () => {
  let cms: TestCms;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const secret = 'test-revalidate-secret';
  beforeAll(async () => {
    receiver = await startReceiver();
    cms = await bootCms({ SITE_REVALIDATE_URL: receiver.url, SITE_REVALIDATE_SECRET: secret });
  });
  afterAll(async () => {
    await cms?.stop();
    receiver?.server.close();
  });

  const siteWebhooks = async () =>
    (
      (await cms.strapi.get('webhookStore').findWebhooks()) as {
        name: string;
        url: string;
        headers: Record<string, string>;
        events: string[];
      }[]
    ).filter((hook) => hook.name === SITE_WEBHOOK_NAME);

  it('is declared once from the environment, with the secret as bearer token', async () => {
    const hooks = await siteWebhooks();
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({
      url: receiver.url,
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(hooks[0]!.events).toContain('entry.publish');
    // A restart (bootstrap again) updates it rather than adding a second one.
    await ensureSiteWebhook(cms.strapi, {
      SITE_REVALIDATE_URL: receiver.url,
      SITE_REVALIDATE_SECRET: secret,
    });
    expect(await siteWebhooks()).toHaveLength(1);
  });

  it('calls the site when an editor publishes', async () => {
    const documents = cms.strapi.documents('api::news-article.news-article');
    const draft = await documents.create({
      locale: 'en',
      data: { title: 'Webhook test', slug: 'webhook-test' },
    });
    await documents.publish({ documentId: draft.documentId, locale: 'en' });
    // (The seed at start published entries too: look for this one.)
    const ours = (item: Received) =>
      item.body.event === 'entry.publish' && item.body.uid === 'api::news-article.news-article';
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !receiver.received.some(ours)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const publish = receiver.received.find(ours);
    expect(publish).toBeDefined();
    expect(publish!.authorization).toBe(`Bearer ${secret}`);
  });

  it('is removed when the environment no longer names a site', async () => {
    await ensureSiteWebhook(cms.strapi, {});
    expect(await siteWebhooks()).toHaveLength(0);
  });
});
