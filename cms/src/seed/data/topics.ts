import { list, paragraph, paragraphs } from '../blocks';
import type { SeedCollection } from '../types';

const richText = (...body: ReturnType<typeof paragraph>[]) => ({
  __component: 'content.rich-text',
  body,
});
// The seed gives the captions of two photographs, not the photographs: images stay empty.
const figure = (caption: string) => ({ __component: 'content.figure', caption });

/** The topic page on law enforcement and drug policy (seed 004, English). */
export const topics: SeedCollection = {
  uid: 'api::topic.topic',
  keyField: 'slug',
  entries: [
    {
      key: 'law-enforcement',
      locales: {
        en: {
          title: 'Law enforcement and drug policy',
          slug: 'law-enforcement',
          summary:
            'Law enforcement agencies – such as the police – are a major part of the criminal justice system. For decades, their efforts to enforce drug laws have aimed to reduce the size of the illicit drug market by eradicating drug production, distribution and sale.',
          body: [
            richText(
              paragraph(
                'Law enforcement agencies – such as the police – are a major part of the criminal justice system. For decades, their efforts to enforce drug laws have aimed to reduce the size of the illicit drug market by eradicating drug production, distribution and sale. These strategies have led to the destruction of crops destined for the illicit drug market through aerial spraying or manual eradication campaigns, the seizure of drugs at borders, the disruption of trafficking and dealing activities, and the threat of arrest and punishment of people who use drugs.',
              ),
            ),
            figure('Destruction of cannabis crops in Mexico'),
            richText(
              ...paragraphs(
                'This “war on drugs” strategy has been unable to significantly reduce the scale of illicit drug markets or impact on the prevalence of drug use. These strategies have also had devastating impacts, including extrajudicial killings and other human rights violations, increases in violence, corruption and financial crimes, the exacerbation of poverty in producing areas, the destruction of the environment, and the explosion of drug-related health harms.',
                'As a result, some authorities are now moving away from repression towards better management of illicit drug markets in a way that minimises the harmful impacts on communities. Such moves recognise that law enforcement powers can be used to beneficially shape illicit drug markets. This new approach implies:',
              ),
              list([
                'Changing objectives and indicators away from the number of drug-related arrests, seizures and hectares of crops eradicated, towards indicators of community health and welfare: reductions in market-related violence and corruption, improvements in access to healthcare and economic development, and strengthening of community institutions.',
                'Focusing on intelligence and an analysis of the nature of the drug market and related harms, to focus law enforcement activities on the most harmful aspects of the market (that is, a “harm reduction” approach to law enforcement). This means that less harmful forms of the markets will need to be tolerated. In some cases, this will involves targeted deterrence to shape the behaviour of traffickers and dealers.',
                'Prioritising actions against high-level and dangerous individuals and groups, rather than on the “easiest to catch” (i.e. people who use drugs and low-level dealers).',
              ]),
            ),
            figure(
              'Training of police officers and military personnel on harm reduction in Bolivia',
            ),
            richText(
              paragraph(
                'IDPC is part of a long-running project entitled “Modernising Drug Law Enforcement”, which seeks to develop theoretical material and examples of new approaches to drug law enforcement, as well as to promote debate amongst law enforcement leaders on the implications for future strategies.',
              ),
            ),
          ],
        },
      },
    },
  ],
};
