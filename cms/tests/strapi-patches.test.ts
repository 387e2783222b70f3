/**
 * The Strapi patch layer (src/patches): every patch finds the internal it replaces on this
 * Strapi, a changed internal fails the start with a message naming the patch, running the
 * lifecycle again installs nothing twice, and only performance patches can be turned off.
 */
import type { Core } from '@strapi/strapi';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import app from '../src/index';
import { STRAPI_PATCHES } from '../src/patches';
import { queryChecksPatch } from '../src/patches/query-checks';
import { installStrapiPatches, type StrapiPatch } from '../src/patches/registry';
import { bootCms, type TestCms } from './harness';

const fakeStrapi = () =>
  ({ config: { get: () => '5.x' }, log: { warn: () => undefined } }) as unknown as Core.Strapi;

const fakePatch = (name: string, kind: StrapiPatch['kind'], installs: string[]): StrapiPatch => ({
  name,
  kind,
  phase: 'register',
  replaces: 'something',
  mismatch: () => undefined,
  install: () => void installs.push(name),
});

describe('Strapi patches', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await bootCms();
  });
  afterAll(() => cms?.stop());
  afterEach(() => {
    delete process.env.MDLE_STRAPI_PATCHES_OFF;
  });

  it('each finds what it replaces on this Strapi version', () => {
    expect(STRAPI_PATCHES.map((patch) => [patch.name, patch.mismatch(cms.strapi)])).toEqual(
      STRAPI_PATCHES.map((patch) => [patch.name, undefined]),
    );
  });

  it('fails the start, naming the patch, when an internal changed', () => {
    const changed = { contentAPI: { validate: {}, sanitize: { query: () => undefined } } };
    expect(queryChecksPatch.mismatch(changed as unknown as Core.Strapi)).toBe(
      'strapi.contentAPI.validate.query is not a function',
    );
    const patch = { ...queryChecksPatch, install: () => undefined };
    const strapi = Object.assign(fakeStrapi(), changed);
    expect(() => installStrapiPatches(strapi, [patch], 'register')).toThrow(
      /Strapi patch "query-checks" cannot be installed on Strapi 5\.x: strapi\.contentAPI\.validate\.query is not a function\. It replaces `strapi\.contentAPI\.validate\.query`/,
    );
  });

  it('installs nothing twice when the lifecycle runs again', async () => {
    const api = cms.strapi.contentAPI as unknown as Record<string, { query: unknown }>;
    const db = cms.strapi.db as unknown as Record<string, unknown>;
    const before = [api.validate!.query, api.sanitize!.query, db.transaction, db.query];
    app.register({ strapi: cms.strapi });
    installStrapiPatches(cms.strapi, STRAPI_PATCHES, 'bootstrap');
    expect([api.validate!.query, api.sanitize!.query, db.transaction, db.query]).toEqual(before);
  });

  it('turns off performance patches only (MDLE_STRAPI_PATCHES_OFF)', () => {
    process.env.MDLE_STRAPI_PATCHES_OFF = 'fast, guard';
    const installs: string[] = [];
    installStrapiPatches(
      fakeStrapi(),
      [fakePatch('fast', 'performance', installs), fakePatch('guard', 'security', installs)],
      'register',
    );
    expect(installs).toEqual(['guard']);
  });
});
