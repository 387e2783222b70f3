import type { Core } from '@strapi/strapi';

/** The webhook's name in Settings → Webhooks; how the CMS finds the one it manages. */
export const SITE_WEBHOOK_NAME = 'Site: purge the page cache';

/** Every change that can alter what the public site shows. */
const EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'];

interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}
interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id'>): Promise<Webhook>;
  updateWebhook(id: string, data: Omit<Webhook, 'id'>): Promise<Webhook>;
  deleteWebhook(id: string): Promise<Webhook>;
}
interface WebhookRunner {
  add(webhook: Webhook): void;
  update(webhook: Webhook): void;
  remove(webhook: Webhook): void;
}

/**
 * Keeps one Strapi webhook that tells the site to purge its cache when content changes
 * (SITE_REVALIDATE_URL, authenticated by SITE_REVALIDATE_SECRET). Declared from the environment
 * so every deployment gets it without a manual step; visible to admins under Settings → Webhooks.
 * Without a URL the webhook is removed: the site then relies on its cache expiring.
 */
export async function ensureSiteWebhook(
  strapi: Core.Strapi,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const existing = (await store.findWebhooks()).find((hook) => hook.name === SITE_WEBHOOK_NAME);
  const url = env.SITE_REVALIDATE_URL?.trim();
  const secret = env.SITE_REVALIDATE_SECRET?.trim();

  if (!url || !secret) {
    if (existing) {
      await store.deleteWebhook(existing.id);
      runner.remove(existing);
    }
    if (url && !secret) {
      strapi.log.warn(
        'SITE_REVALIDATE_URL is set without SITE_REVALIDATE_SECRET: no site webhook.',
      );
    }
    return;
  }

  const wanted = {
    name: SITE_WEBHOOK_NAME,
    url,
    headers: { Authorization: `Bearer ${secret}` },
    events: EVENTS,
    isEnabled: true,
  };
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
  } else {
    runner.update(await store.updateWebhook(existing.id, wanted));
  }
}
