import type { SeedCollection } from '../types';

/** Site-wide texts, from the project pages of the seeds (002 in English, 000 in French). */
export const global: SeedCollection = {
  uid: 'api::global.global',
  entries: [
    {
      key: 'singleton',
      locales: {
        en: {
          siteName: 'Modernising Drug Law Enforcement',
          siteDescription:
            'A project by IDPC, with the participation of the International Security Research Department at Chatham House and the International Institute for Strategic Studies',
        },
        fr: {
          // The project's name is a proper name: the French page keeps it in English.
          siteName: 'Modernising Drug Law Enforcement',
          siteDescription:
            "Un projet mené par l'International Drug Policy Consortium (IDPC), avec la participation de l'International Security Research Department - Chatham House et l'International Institute for Strategic Studies (IISS)",
        },
      },
    },
  ],
};
