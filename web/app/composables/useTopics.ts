import { TopicBySlugDocument, TopicsDocument } from '@mdle/api-client';

/** Every topic page. */
export function useTopicList() {
  const { locale } = useI18n();
  return useCmsQuery(TopicsDocument, () => ({ locale: locale.value }));
}

/** One topic page by the slug in the URL. */
export function useTopic() {
  return useCmsEntry(TopicBySlugDocument, (result) => result.topics);
}
