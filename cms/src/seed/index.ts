import type { Core } from '@strapi/strapi';
import { LOCALES } from '../bootstrap/locales';
import { globalSettings } from './data/global';

/**
 * Loads the project's starting content. Idempotent: an entry that exists is left as it is, so
 * editors' changes survive restarts.
 */
export async function seed(strapi: Core.Strapi): Promise<void> {
  await seedGlobal(strapi);
}

async function seedGlobal(strapi: Core.Strapi): Promise<void> {
  const globals = strapi.documents('api::global.global');
  let documentId = (await globals.findFirst({ locale: 'en' }))?.documentId;
  for (const { code } of LOCALES) {
    if (documentId && (await globals.findFirst({ locale: code }))) continue;
    const data = globalSettings[code];
    const saved = documentId
      ? await globals.update({ documentId, locale: code, data })
      : await globals.create({ locale: code, data });
    documentId = saved?.documentId;
  }
}
