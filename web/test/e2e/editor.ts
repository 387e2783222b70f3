import { expect } from 'vitest';
import type { Servers } from './stack';

type Locale = 'en' | 'fr';

/**
 * An editor signed in to the CMS admin, changing content through the content manager's API (the
 * requests the admin's buttons send).
 */
export async function signInAsEditor(servers: Servers) {
  const login = await fetch(`${servers.cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(servers.admin),
  });
  const { data } = (await login.json()) as { data: { token: string } };
  const headers = { authorization: `Bearer ${data.token}`, 'content-type': 'application/json' };
  const collection = (uid: string) => `${servers.cms.url}/content-manager/collection-types/${uid}`;

  async function send<T>(method: string, url: string, body?: unknown): Promise<T> {
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.text();
    expect(response.status, `${method} ${url}: ${answer}`).toBeLessThan(300);
    return JSON.parse(answer) as T;
  }

  return {
    async findBySlug(uid: string, slug: string, locale: Locale = 'en'): Promise<string> {
      const url = `${collection(uid)}?locale=${locale}&filters[slug][$eq]=${encodeURIComponent(slug)}`;
      const { results } = await send<{ results: { documentId: string }[] }>('GET', url);
      return results[0]!.documentId;
    },
    async create(uid: string, data: object, locale: Locale = 'en'): Promise<string> {
      const created = await send<{ data: { documentId: string } }>(
        'POST',
        `${collection(uid)}?locale=${locale}`,
        data,
      );
      return created.data.documentId;
    },
    async update(uid: string, documentId: string, data: object, locale: Locale = 'en') {
      await send('PUT', `${collection(uid)}/${documentId}?locale=${locale}`, data);
    },
    async publish(uid: string, documentId: string, locale: Locale = 'en') {
      await send('POST', `${collection(uid)}/${documentId}/actions/publish?locale=${locale}`, {});
    },
  };
}
