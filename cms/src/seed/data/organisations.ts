import type { SeedCollection } from '../types';

// Organisations named in the seeds. Websites and logos are not given there: left empty.
export const organisations: SeedCollection = {
  uid: 'api::organisation.organisation',
  keyField: 'slug',
  entries: [
    {
      key: 'idpc',
      locales: {
        en: {
          name: 'International Drug Policy Consortium',
          acronym: 'IDPC',
          slug: 'idpc',
          kind: 'ngo',
        },
      },
    },
    {
      key: 'chatham-house',
      locales: { en: { name: 'Chatham House', slug: 'chatham-house', kind: 'think_tank' } },
    },
    {
      key: 'iiss',
      locales: {
        en: {
          name: 'International Institute for Strategic Studies',
          acronym: 'IISS',
          slug: 'iiss',
          kind: 'think_tank',
        },
      },
    },
    {
      key: 'osce',
      locales: { en: { name: 'OSCE', acronym: 'OSCE', slug: 'osce', kind: 'intergovernmental' } },
    },
  ],
};
