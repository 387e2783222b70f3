import { paragraphs } from '../blocks';
import { refs, type SeedCollection } from '../types';

/** The launch news post (seed 001, English). It gives no date: left empty. */
export const news: SeedCollection = {
  uid: 'api::news-article.news-article',
  keyField: 'slug',
  entries: [
    {
      key: 'project-launch',
      locales: {
        en: {
          title: 'Modernising Drug Law Enforcement: launch of the project',
          slug: 'project-launch',
          summary:
            'IDPC has teamed up with Chatham House, and the International Institute for Strategic Studies, on a new initiative looking at how law enforcement managers can develop smarter strategies to manage illicit drug markets.',
          body: paragraphs(
            'IDPC has teamed up with Chatham House, and the International Institute for Strategic Studies, on a new initiative looking at how law enforcement managers can develop smarter strategies to manage illicit drug markets. The concepts we are promoting revolve around a change of priorities away from just seizing drugs and arresting and punishing users, to focusing law enforcement activity on solving specific drug market related problems (such as violence, corruption, or HIV/AIDS).',
            'The project involves commissioning reports from leading academics and analysts, promoting debate amongst law enforcement managers, and hosting meetings to examine the issues raised. The project got off to a great start this month with the publication of the first three reports, and the hosting of two meetings to launch the initiative – one side event at the Commission on Narcotic Drugs, and one at a gathering of Law Enforcement leaders in London.',
            'The CND Side Event was attended by around 70 delegates – Mike Trace and Dave Bewley-Taylor described the contents of the first three reports, and two police chiefs (Olivier Gueniat from Switzerland, and Graham Bartlett from the UK) described the implications of such a problem solving approach to their own work.',
            'In London, the presentation of the three reports to an international group of senior law enforcement managers, stimulated some interesting debate amongst the participants, ranging from the tactics used by Oscar Naranjo in tackling the Colombian cartels in the 1990s, to the implications of police forces tolerating certain forms of more benign (i.e. Non violent and less intrusive) markets.',
            'This project aims to fill a gap - i.e. the lack of opportunities to articulate new and more effective police strategies on retail and wholesale drug markets. We look forward to working with a range of law enforcement partners to explore these issues – if you want to receive more information about this project, please sign up here.',
            'Keep up-to-date with drug policy developments by subscribing to the IDPC Monthly Alert.',
          ),
          events: refs('event', 'cnd-side-event', 'london-law-enforcement-leaders-meeting'),
        },
      },
    },
  ],
};
