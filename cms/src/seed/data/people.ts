import type { SeedCollection } from '../types';

/*
 * Authors (project page, seed 002) and speakers (launch news, seed 001). Where the seeds give
 * only an initial ("V. Felbab-Brown", "A. Stevens") the name stays as given. "G. Monaghan" and
 * "Geoffrey Monaghan", "D. Bewley Taylor" and "Dave Bewley-Taylor" co-author two reports of the
 * series and are one person each.
 */
export const people: SeedCollection = {
  uid: 'api::person.person',
  keyField: 'slug',
  entries: [
    {
      key: 'geoffrey-monaghan',
      locales: { en: { name: 'Geoffrey Monaghan', slug: 'geoffrey-monaghan' } },
    },
    {
      key: 'dave-bewley-taylor',
      locales: { en: { name: 'Dave Bewley-Taylor', slug: 'dave-bewley-taylor' } },
    },
    { key: 'v-felbab-brown', locales: { en: { name: 'V. Felbab-Brown', slug: 'v-felbab-brown' } } },
    { key: 'a-stevens', locales: { en: { name: 'A. Stevens', slug: 'a-stevens' } } },
    { key: 'michael-levi', locales: { en: { name: 'Michael Levi', slug: 'michael-levi' } } },
    {
      key: 'virginia-comolli',
      locales: { en: { name: 'Virginia Comolli', slug: 'virginia-comolli' } },
    },
    {
      key: 'claudia-hofmann',
      locales: { en: { name: 'Claudia Hofmann', slug: 'claudia-hofmann' } },
    },
    { key: 'mike-trace', locales: { en: { name: 'Mike Trace', slug: 'mike-trace' } } },
    {
      key: 'olivier-gueniat',
      locales: {
        en: {
          name: 'Olivier Gueniat',
          slug: 'olivier-gueniat',
          role: 'Police chief',
          country: 'CH',
        },
      },
    },
    {
      key: 'graham-bartlett',
      locales: {
        en: {
          name: 'Graham Bartlett',
          slug: 'graham-bartlett',
          role: 'Police chief',
          country: 'GB',
        },
      },
    },
  ],
};
