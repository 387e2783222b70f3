import { paragraph, paragraphs } from '../blocks';
import { refs, type SeedCollection } from '../types';

const themes = (...texts: string[]) => texts.map((text) => ({ text }));

/*
 * The two seminars of the series (project page, seed 002), the CND side event and the London
 * meeting of the launch news (seed 001), and the OSCE 2020 conference (seed 003, French only).
 * The seeds give months, not days, for the seminars and no dates for the launch meetings: days
 * and times stay empty; `datePrecision` says what the date means.
 */
export const events: SeedCollection = {
  uid: 'api::event.event',
  keyField: 'slug',
  entries: [
    {
      key: 'first-seminar',
      locales: {
        en: {
          title: 'First MDLE seminar',
          slug: 'first-seminar',
          kind: 'seminar',
          seriesNumber: 1,
          startDate: '2013-03-01',
          datePrecision: 'month',
          hosts: refs('organisation', 'iiss'),
          summary:
            'The event was designed to discuss and promote new approaches to law enforcement and policing with a view to improve drug law enforcement strategies.',
          body: paragraphs(
            'The first seminar was organised in March 2013 and hosted by IISS. The event was designed to discuss and promote new approaches to law enforcement and policing with a view to improve drug law enforcement strategies.',
          ),
          audience: 'Senior law enforcement officials and experts.',
        },
      },
    },
    {
      key: 'second-seminar',
      locales: {
        en: {
          title: 'Second MDLE seminar',
          slug: 'second-seminar',
          kind: 'seminar',
          seriesNumber: 2,
          startDate: '2013-09-01',
          datePrecision: 'month',
          hosts: refs('organisation', 'chatham-house'),
          summary:
            'An opportunity to discuss issues related to cannabis regulated markets, foreign aid, and financial investigation strategies.',
          body: paragraphs(
            'The second seminar was organised in September 2013 and hosted by Chatham House. The event was an opportunity to discuss issues related to cannabis regulated markets, foreign aid, and financial investigation strategies.',
          ),
          themes: themes(
            'Cannabis regulated markets',
            'Foreign aid',
            'Financial investigation strategies',
          ),
          audience: 'Senior law enforcement officials and experts.',
        },
      },
    },
    {
      key: 'cnd-side-event',
      locales: {
        en: {
          title: 'MDLE side event at the Commission on Narcotic Drugs',
          slug: 'cnd-side-event',
          kind: 'side_event',
          venue: 'Commission on Narcotic Drugs',
          speakers: refs(
            'person',
            'mike-trace',
            'dave-bewley-taylor',
            'olivier-gueniat',
            'graham-bartlett',
          ),
          attendance: 70,
          attendanceApproximate: true,
          summary:
            'Mike Trace and Dave Bewley-Taylor described the contents of the first three reports, and two police chiefs described the implications of such a problem solving approach to their own work.',
          body: paragraphs(
            'The CND Side Event was attended by around 70 delegates – Mike Trace and Dave Bewley-Taylor described the contents of the first three reports, and two police chiefs (Olivier Gueniat from Switzerland, and Graham Bartlett from the UK) described the implications of such a problem solving approach to their own work.',
          ),
        },
      },
    },
    {
      key: 'london-law-enforcement-leaders-meeting',
      locales: {
        en: {
          title: 'Meeting of law enforcement leaders in London',
          slug: 'london-law-enforcement-leaders-meeting',
          kind: 'meeting',
          city: 'London',
          country: 'GB',
          summary:
            'The presentation of the three reports to an international group of senior law enforcement managers stimulated some interesting debate amongst the participants.',
          body: paragraphs(
            'In London, the presentation of the three reports to an international group of senior law enforcement managers, stimulated some interesting debate amongst the participants, ranging from the tactics used by Oscar Naranjo in tackling the Colombian cartels in the 1990s, to the implications of police forces tolerating certain forms of more benign (i.e. Non violent and less intrusive) markets.',
          ),
          audience: 'An international group of senior law enforcement managers.',
        },
      },
    },
    {
      key: 'osce-2020-conference',
      locales: {
        fr: {
          title:
            'Conférence 2020 de l’OSCE sur la lutte contre la menace des drogues illicites et le détournement de précurseurs chimiques',
          subtitle:
            'Renforcer la prévention efficace de la consommation de drogues chez les jeunes grâce à la police communautaire',
          slug: 'osce-2020-conference',
          kind: 'conference',
          startDate: '2020-01-01',
          datePrecision: 'year',
          organisers: refs('organisation', 'osce'),
          objective:
            'L’objectif de cette conférence est de fournir une plate-forme aux experts des États participants de l’OSCE et des Partenaires pour la coopération afin qu’ils discutent des réponses collectives, y compris au moyen de la police de proximité, pour empêcher les jeunes de consommer et d’abuser de drogues, ainsi que de s’impliquer dans des réseaux criminels impliqués dans le trafic, l’approvisionnement et/ou la distribution de drogues.',
          summary:
            'La meilleure façon de lutter contre la consommation de drogues illicites par les jeunes est de la prévenir.',
          body: [
            paragraph(
              'La meilleure façon de lutter contre la consommation de drogues illicites par les jeunes est de la prévenir.',
            ),
            paragraph(
              'La police communautaire consiste à créer et à établir un lien de confiance entre le public et la police. Alors que les services de police traditionnels mettent l’accent sur la réduction de l’offre et l’augmentation du coût de la consommation de drogues, les services de police communautaires peuvent adopter une approche plus large et plus efficace qui relie la réduction de l’offre et de la demande en incluant des efforts de prévention et de traitement. Par conséquent, la police communautaire est un outil important pour la prévention du crime et un élément important des efforts locaux visant à empêcher les jeunes de consommer des drogues illicites. Il vise à établir des relations interactives étroites et la confiance entre les membres de la communauté et la police afin de s’assurer que les interventions ont lieu dès les premiers signes d’activités émergentes liées à la drogue. Il aide à développer un large éventail d’activités alternatives pour les jeunes qui empêchent la participation des jeunes aux drogues illicites. Il aide également à coordonner le travail de la justice pénale et des organismes gouvernementaux locaux avec les services de police afin de s’assurer que les délinquants toxicomanes sont tenus responsables, que le traitement est disponible pour ceux qui en ont besoin et que des environnements plus sûrs sont créés pour favoriser des communautés sans drogue.',
            ),
          ],
          themes: themes(
            'Renforcer le partage d’informations relatives à la drogue dans l’espace de l’OSCE et l’échange de bonnes pratiques et de solutions pour renforcer une prévention efficace et complète de la toxicomanie;',
            'Renforcer le rôle de la police de proximité pour élaborer et mettre en œuvre des efforts durables de prévention, de réduction et de contrôle de la toxicomanie en partenariat avec les jeunes femmes et les jeunes hommes;',
            'Mettre l’accent sur des approches cohérentes pour éviter les chevauchements d’activités et des propositions pratiques vérifiées sur la coopération future;',
            'Des mesures plus rationalisées dans la mise en œuvre des politiques et mesures établies;',
            'Accroître la coopération entre l’OSCE et l’ONUDC, ainsi qu’avec d’autres acteurs et parties prenantes internationaux et régionaux pour faire progresser la mise en œuvre conjointe des engagements mondiaux et tirer parti des avantages comparatifs.',
          ),
          audience:
            'La conférence s’adresse aux experts des structures nationales de contrôle des drogues, aux représentants des organisations internationales et régionales compétentes, ainsi qu’à la société civile, y compris les jeunes. Les praticiens des ministères concernés, tels que les ministères de l’Intérieur, de la Justice, de la Santé et des Affaires étrangères, ainsi que les institutions locales sont particulièrement encouragés à participer.',
        },
      },
    },
  ],
};
