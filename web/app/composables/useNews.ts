import { NewsArticleBySlugDocument, NewsArticlesDocument } from '@mdle/api-client';

/** A page of news, newest first. */
export function useNewsList(pageSize = 10) {
  const { locale } = useI18n();
  return useCmsQuery(NewsArticlesDocument, () => ({ locale: locale.value, pageSize }));
}

/** One news article by the slug in the URL. */
export function useNewsArticle() {
  return useCmsEntry(NewsArticleBySlugDocument, (result) => result.newsArticles);
}
