import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, type TestCms } from './harness';

const credentials = { email: 'Editor.In.Chief@Example.org', password: 'Correct-Horse-42' };

describe('first admin from the environment', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await bootCms({
      CMS_ADMIN_EMAIL: credentials.email,
      CMS_ADMIN_PASSWORD: credentials.password,
    });
  });
  afterAll(() => cms?.stop());

  const login = (email: string, password: string) =>
    fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('creates one super admin who can log in to the admin API', async () => {
    const response = await login(credentials.email.toLowerCase(), credentials.password);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { user: { email: string } } };
    expect(body.data.user.email).toBe('editor.in.chief@example.org');
    const admins = await cms.strapi.db.query('admin::user').findMany({ populate: ['roles'] });
    expect(admins).toHaveLength(1);
    expect(admins[0].roles.map((role: { code: string }) => role.code)).toEqual([
      'strapi-super-admin',
    ]);
  });

  it('refuses a wrong password', async () => {
    const response = await login(credentials.email.toLowerCase(), 'wrong-Password-1');
    expect(response.status).toBe(400);
  });
});
