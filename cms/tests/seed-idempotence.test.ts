import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../src/seed/data';
import app from '../src/index';
import { seed } from '../src/seed';
import type { SeedCollection } from '../src/seed/types';
import { bootCms, type TestCms } from './harness';

const PUBLICATION = 'api::publication.publication' as UID.ContentType;
const SLUG = 'drug-markets-security-foreign-aid';

/** The project's dataset with one publication's title replaced, as if the seed file changed. */
function datasetWithTitle(title: string): SeedCollection[] {
  return dataset.map((collection) =>
    collection.uid !== PUBLICATION
      ? collection
      : {
          ...collection,
          entries: collection.entries.map((entry) =>
            entry.key !== SLUG
              ? entry
              : { ...entry, locales: { en: { ...entry.locales.en, title } } },
          ),
        },
  );
}

describe('seed importer', () => {
  let cms: TestCms;
  const titleOf = async (status: 'draft' | 'published') =>
    (
      await cms.strapi
        .documents(PUBLICATION)
        .findFirst({ filters: { slug: SLUG }, locale: 'en', status })
    )?.title;

  /** Every row of every seeded table, to compare before and after. */
  async function snapshot() {
    const rows: Record<string, unknown[]> = {};
    for (const { uid } of dataset) {
      rows[uid] = await cms.strapi.db
        .query(uid as UID.ContentType)
        .findMany({ orderBy: { id: 'asc' } });
    }
    return rows;
  }

  beforeAll(async () => {
    cms = await bootCms();
  });
  afterAll(() => cms?.stop());

  it('changes nothing when run a second time', async () => {
    const before = await snapshot();
    const report = await seed(cms.strapi);
    expect(report.created).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(report.keptEditorChanges).toEqual([]);
    expect(report.unchanged).toHaveLength(32);
    expect(await snapshot()).toEqual(before);
  });

  it('applies a changed seed file to an entry nobody edited', async () => {
    const report = await seed(cms.strapi, { collections: datasetWithTitle('Revised title') });
    expect(report.updated).toEqual([`${PUBLICATION}:${SLUG}:en`]);
    expect(await titleOf('published')).toBe('Revised title');
  });

  it("keeps an editor's change when the seed runs again, unless forced", async () => {
    const documentId = (await cms.strapi
      .documents(PUBLICATION)
      .findFirst({ filters: { slug: SLUG }, locale: 'en' }))!.documentId;
    await cms.strapi.documents(PUBLICATION).update({
      documentId,
      locale: 'en',
      data: { title: 'Edited by an editor' } as never,
      status: 'published',
    });

    const kept = await seed(cms.strapi, { collections: datasetWithTitle('Seed title again') });
    expect(kept.keptEditorChanges).toEqual([`${PUBLICATION}:${SLUG}:en`]);
    expect(await titleOf('published')).toBe('Edited by an editor');

    const forced = await seed(cms.strapi, { force: true });
    expect(forced.updated).toContain(`${PUBLICATION}:${SLUG}:en`);
    expect(await titleOf('published')).toBe('Drug markets, security and foreign aid');
    expect(await titleOf('draft')).toBe('Drug markets, security and foreign aid');
  });

  it('does not bring back an entry an editor deleted when the CMS starts again', async () => {
    const documents = cms.strapi.documents(PUBLICATION);
    const { documentId } = (await documents.findFirst({ filters: { slug: SLUG }, locale: 'en' }))!;
    await documents.delete({ documentId, locale: '*' });
    await app.bootstrap({ strapi: cms.strapi }); // what every start runs
    expect(await documents.findFirst({ filters: { slug: SLUG }, locale: 'en' })).toBeNull();
  });
});
