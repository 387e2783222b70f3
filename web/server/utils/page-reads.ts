import {
  EventBySlugDocument,
  NewsArticleBySlugDocument,
  PersonBySlugDocument,
  PublicationBySlugDocument,
  SiteSettingsDocument,
  TopicBySlugDocument,
  type TypedDocumentString,
} from '@mdle/api-client';
import type { H3Event } from 'h3';

type EntryDocument = TypedDocumentString<unknown, { locale: string; slug: string }>;

/** The document each kind's entry page reads (usePublication, useEvent… through useCmsEntry). */
const ENTRY_DOCUMENTS: Record<ContentKind, EntryDocument> = {
  publications: PublicationBySlugDocument,
  events: EventBySlugDocument,
  news: NewsArticleBySlugDocument,
  people: PersonBySlugDocument,
  topics: TopicBySlugDocument,
};

const LIST_AND_SINGLE_PAGES = new Set(
  [...Object.values(CONTENT_PAGES), ...Object.values(SINGLE_PAGES)].flatMap(Object.values),
);

/**
 * Starts the CMS reads that rendering the page at `event`'s path will ask for, known from the path
 * alone: the site settings (the layout of every page) and, on an entry's page, the entry. They are
 * asked with the variables the app uses, key for key, so that the app's own reads join them
 * (queryCms keeps them for the request); tests/e2e/page-reads.test.ts counts what reaches the CMS.
 * A failed read is the app's to report, when it asks for it. Answers whether reads were started.
 */
export function startPageReads(event: H3Event): boolean {
  const path = event.path.split('?')[0] ?? '/';
  const entry = entryPageOf(path);
  // Any other path (search, forms, an unknown one) reads as it renders: a 404 reads nothing.
  if (!entry && !LIST_AND_SINGLE_PAGES.has(path)) return false;
  const ask = <TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
  ) => queryCms(document, variables, { event }).catch(() => undefined);
  ask(SiteSettingsDocument, { locale: localeOfPath(path) });
  if (entry) ask(ENTRY_DOCUMENTS[entry.kind], { locale: entry.locale, slug: entry.slug });
  return true;
}
