import { refs, type SeedCollection } from '../types';

type Report = {
  key: string;
  title: string;
  authors: string[];
  type?: 'report' | 'summary_paper';
};

/*
 * The seven publications listed on the project page (seed 002), in its order, authors in the
 * order given. The seeds give no dates, numbers, abstracts or PDFs: those stay empty.
 * Titles are exactly as the seed writes them (including "principes").
 */
const reports: Report[] = [
  {
    key: 'police-support-for-harm-reduction',
    title:
      'Police support for harm reduction policies and practices towards people who inject drugs',
    authors: ['geoffrey-monaghan', 'dave-bewley-taylor'],
  },
  {
    key: 'focused-deterrence-selective-targeting',
    title:
      'Focused deterrence, selective targeting, drug trafficking and organised crime: Concepts and practicalities',
    authors: ['v-felbab-brown'],
  },
  {
    key: 'harm-reduction-policing-retail-drug-markets',
    title: 'Applying harm reduction principes to the policing of retail drug markets',
    authors: ['a-stevens'],
  },
  {
    key: 'policing-alternatives-minor-cannabis-offences',
    title:
      'Practical implications of policing alternatives to arrest and prosecution for minor cannabis offences',
    authors: ['geoffrey-monaghan', 'dave-bewley-taylor'],
  },
  {
    key: 'financial-investigation-strategies',
    title: 'Drug law enforcement and financial investigation strategies',
    authors: ['michael-levi'],
  },
  {
    key: 'drug-markets-security-foreign-aid',
    title: 'Drug markets, security and foreign aid',
    authors: ['virginia-comolli', 'claudia-hofmann'],
  },
  {
    key: 'mdle-reports-summary-paper',
    title: 'MDLE reports summary paper',
    authors: [],
    type: 'summary_paper',
  },
];

export const publications: SeedCollection = {
  uid: 'api::publication.publication',
  keyField: 'slug',
  entries: reports.map((report) => ({
    key: report.key,
    locales: {
      en: {
        title: report.title,
        slug: report.key,
        publicationType: report.type ?? 'report',
        documentLanguage: 'en',
        authors: refs('person', ...report.authors),
      },
    },
  })),
};
