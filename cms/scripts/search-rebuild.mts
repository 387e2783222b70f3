/**
 * `./mdle run search:rebuild`: empties the site search index and indexes every published version
 * again (after a restore, an import, or if indexing failed; the CMS keeps it up to date itself).
 */
import { withStrapi } from './with-strapi.mts';

process.env.CMS_SEED = 'false';

await withStrapi(async (strapi) => {
  const search = strapi.service('api::search.search') as { rebuild(): Promise<number> };
  const indexed = await search.rebuild();
  console.info(`Search index rebuilt: ${indexed} published versions.`);
});
