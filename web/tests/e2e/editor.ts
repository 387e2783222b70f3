import { expect } from 'vitest';
import type { Servers } from './stack';

type Locale = 'en' | 'fr';

const SINGLE_TYPES = new Set(['api::project.project', 'api::global.global']);

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
    /** The first entry of a type in `locale` (a single type's one document), if any. */
    async first(uid: string, locale: Locale = 'en'): Promise<string | undefined> {
      if (SINGLE_TYPES.has(uid)) {
        const single = `${servers.cms.url}/content-manager/single-types/${uid}?locale=${locale}`;
        const response = await fetch(single, { headers });
        if (response.status === 404) return undefined;
        return ((await response.json()) as { data: { documentId: string } }).data.documentId;
      }
      const url = `${collection(uid)}?locale=${locale}&page=1&pageSize=1&sort=id:ASC`;
      const { results } = await send<{ results: { documentId: string }[] }>('GET', url);
      return results[0]?.documentId;
    },
    /** One version of an entry, as the edit view loads it. */
    async read(uid: string, documentId: string, locale: Locale = 'en') {
      const url = `${collection(uid)}/${documentId}?locale=${locale}`;
      return (await send<{ data: Record<string, unknown> }>('GET', url)).data;
    },
    /** The URL the edit view's Preview opens (undefined when the document has no page). */
    async previewUrl(uid: string, documentId: string, locale: Locale = 'en') {
      const query = new URLSearchParams({ documentId, locale, status: 'draft' });
      const url = `${servers.cms.url}/content-manager/preview/url/${uid}?${query}`;
      const response = await fetch(url, { headers });
      expect(response.status, url).toBeLessThan(300);
      if (response.status === 204) return undefined;
      return ((await response.json()) as { data: { url?: string } }).data.url;
    },
    async publish(uid: string, documentId: string, locale: Locale = 'en') {
      await send('POST', `${collection(uid)}/${documentId}/actions/publish?locale=${locale}`, {});
    },
  };
}
