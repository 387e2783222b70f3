import { list, paragraph, paragraphs } from '../blocks';
import { ref, type SeedCollection } from '../types';

const partners = [
  { organisation: ref('organisation', 'idpc'), role: 'lead' },
  {
    organisation: ref('organisation', 'chatham-house'),
    role: 'participant',
    department: 'International Security Research Department',
  },
  { organisation: ref('organisation', 'iiss'), role: 'participant' },
];

// Shared by both locales: the period (August 2012 – November 2013, month precision) and contact.
const shared = {
  name: 'Modernising Drug Law Enforcement',
  acronym: 'MDLE',
  periodStart: '2012-08-01',
  periodEnd: '2013-11-30',
  periodPrecision: 'month',
  contactEmail: 'contact@idpc.net',
  partners,
};

/** The project page: English (seed 002) and French (seed 000). */
export const project: SeedCollection = {
  uid: 'api::project.project',
  entries: [
    {
      key: 'singleton',
      locales: {
        en: {
          ...shared,
          tagline:
            'A project by IDPC, with the participation of the International Security Research Department at Chatham House and the International Institute for Strategic Studies',
          summary: paragraphs(
            'Drug law enforcement has traditionally focused on reducing the size of the illicit drug market by seeking to eradicate drug production, distribution and retail supply, or at least on the stifling of these activities to an extent that potential consumers are unable to get access to particular drugs.',
            'These strategies have failed to reduce the supply of, or demand for, drugs in consumer markets. Given this reality, and a wider policy context where some governments are moving away from a “war on drugs” approach, drug law enforcement strategies need to be adjusted to fit the new challenge – to manage drug markets in a way that minimises harms on communities. A recognition that law enforcement powers can be used to beneficially shape, rather than entirely eradicate, drug markets is being increasingly discussed.',
          ),
          objective: [
            paragraph(
              'The objective of this project, led by the International Drug Policy Consortium, with the participation of the International Security Research Department at Chatham House and the International Institute for Strategic Studies, is to collate and refine theoretical material and examples of new approaches to drug law enforcement, as well as to promote debate amongst law enforcement leaders on the implications for future strategies.',
            ),
            paragraph(
              'The project, running from August 2012 until November 2013, will be comprised of:',
            ),
            list(['A publication series', 'Network development', 'A seminar series'], 'ordered'),
          ],
          workstreams: [
            {
              key: 'publication_series',
              title: 'Publication series',
              description:
                'Targeted at senior law enforcement officers, they will underpin the shift in drug law enforcement approaches and specific examples of implementation.',
            },
            {
              key: 'network_development',
              title: 'Network development',
              description:
                'Mechanisms of cooperation and distribution will be established to reach out to a wide audience of law enforcement officers and policy makers in the UK and abroad.',
            },
            {
              key: 'seminar_series',
              title: 'Seminar series',
              description:
                'Co-hosted with Chatham House and the International Institute of Strategic Studies, the seminars will bring together senior law enforcement officials and experts.',
            },
          ],
          contactText:
            'Should you wish to share reports and briefings on similar issues, please do not hesitate to send them to the IDPC Secretariat at contact@idpc.net.',
        },
        fr: {
          ...shared,
          tagline:
            "Un projet mené par l'International Drug Policy Consortium (IDPC), avec la participation de l'International Security Research Department - Chatham House et l'International Institute for Strategic Studies (IISS)",
          summary: paragraphs(
            "La lutte contre les drogues a toujours mis l'accent sur la diminution du marché illégal en cherchant à éradiquer la production, la distribution et la vente au détail des drogues, ou au minimum à étouffer ces activités afin que les consommateurs potentiels soient incapables d'y avoir accès.",
            "Ces stratégies ont échoué à réduire l'offre ou la demande de drogues dans les marchés de consommation. Compte tenu de cette réalité et dans un contexte politique où certains gouvernements s'éloignent de l'approche actuelle de la «guerre aux drogues», les stratégies de cette lutte doivent être ajustées pour s'adapter à un nouveau défi : gérer les marchés de la drogue d'une manière qui minimise les dommages sur les communautés. Le fait que les responsables de l'application des lois peuvent agir d'une façon favorable, et pas seulement pour éradiquer les marchés de la drogue, est une idée qui est de plus en plus discutée.",
          ),
          objective: paragraphs(
            "L'objectif de ce projet, mené par l'International Drug Policy Consortium (IDPC), avec la participation de l'International Security Research Department - Chatham House et l'International Institute for Strategic Studies (IISS), est de réunir et d'affiner du matériel théorique mais aussi donner des exemples pratiques de nouvelles approches de lutte contre la drogue afin de promouvoir le débat avec les décideurs politiques et leurs implications pour les stratégies futures.",
            "Le projet, du mois d'août 2012 à novembre 2013, sera composé de trois axes de travail complémentaires:",
          ),
          workstreams: [
            {
              key: 'publication_series',
              title: 'Séries de publications',
              description:
                'Destinées aux officiers de police judiciaire, elles seront à la base du changement dans les approches de répression et des exemples concrets de mise en œuvre. Six résumés seront publiés.',
            },
            {
              key: 'network_development',
              title: 'Développement du réseau',
              description:
                "Une stratégie de coopération et de distribution sera mis en place pour atteindre un large public de responsables de l'application des lois et les décideurs politiques au Royaume-Uni et à l'étranger.",
            },
            {
              key: 'seminar_series',
              title: 'Série de séminaires',
              description:
                "Co-organisés avec Chatham House et l'International Institute for Strategic Studies (IISS), les séminaires rassembleront de hauts responsables de l'application de ces lois ainsi que de nombreux experts.",
            },
          ],
        },
      },
    },
  ],
};
