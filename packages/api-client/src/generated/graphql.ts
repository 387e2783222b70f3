/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BooleanFilterInput = {
  and?: Array<boolean | null | undefined> | null | undefined;
  between?: Array<boolean | null | undefined> | null | undefined;
  contains?: boolean | null | undefined;
  containsi?: boolean | null | undefined;
  endsWith?: boolean | null | undefined;
  eq?: boolean | null | undefined;
  eqi?: boolean | null | undefined;
  gt?: boolean | null | undefined;
  gte?: boolean | null | undefined;
  in?: Array<boolean | null | undefined> | null | undefined;
  lt?: boolean | null | undefined;
  lte?: boolean | null | undefined;
  ne?: boolean | null | undefined;
  nei?: boolean | null | undefined;
  not?: BooleanFilterInput | null | undefined;
  notContains?: boolean | null | undefined;
  notContainsi?: boolean | null | undefined;
  notIn?: Array<boolean | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<boolean | null | undefined> | null | undefined;
  startsWith?: boolean | null | undefined;
};

export type ComponentEventThemeFiltersInput = {
  and?: Array<ComponentEventThemeFiltersInput | null | undefined> | null | undefined;
  not?: ComponentEventThemeFiltersInput | null | undefined;
  or?: Array<ComponentEventThemeFiltersInput | null | undefined> | null | undefined;
  text?: StringFilterInput | null | undefined;
};

export type ComponentSharedSeoFiltersInput = {
  and?: Array<ComponentSharedSeoFiltersInput | null | undefined> | null | undefined;
  metaDescription?: StringFilterInput | null | undefined;
  metaTitle?: StringFilterInput | null | undefined;
  not?: ComponentSharedSeoFiltersInput | null | undefined;
  or?: Array<ComponentSharedSeoFiltersInput | null | undefined> | null | undefined;
};

export type DateFilterInput = {
  and?: Array<string | null | undefined> | null | undefined;
  between?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  containsi?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  eqi?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  nei?: string | null | undefined;
  not?: DateFilterInput | null | undefined;
  notContains?: string | null | undefined;
  notContainsi?: string | null | undefined;
  notIn?: Array<string | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<string | null | undefined> | null | undefined;
  startsWith?: string | null | undefined;
};

export type DateTimeFilterInput = {
  and?: Array<string | null | undefined> | null | undefined;
  between?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  containsi?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  eqi?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  nei?: string | null | undefined;
  not?: DateTimeFilterInput | null | undefined;
  notContains?: string | null | undefined;
  notContainsi?: string | null | undefined;
  notIn?: Array<string | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<string | null | undefined> | null | undefined;
  startsWith?: string | null | undefined;
};

export type Enum_Componentprojectpartner_Role =
  | 'co_host'
  | 'lead'
  | 'participant';

export type Enum_Componentprojectworkstream_Key =
  | 'network_development'
  | 'publication_series'
  | 'seminar_series';

export type Enum_Event_Attributionrule =
  | 'chatham_house_rule'
  | 'off_the_record'
  | 'on_the_record';

export type Enum_Event_Dateprecision =
  | 'day'
  | 'month'
  | 'year';

export type Enum_Event_Kind =
  | 'conference'
  | 'meeting'
  | 'seminar'
  | 'side_event';

export type Enum_Organisation_Kind =
  | 'academic'
  | 'government'
  | 'intergovernmental'
  | 'ngo'
  | 'other'
  | 'police_force'
  | 'think_tank';

export type Enum_Project_Periodprecision =
  | 'day'
  | 'month'
  | 'year';

export type Enum_Publication_Dateprecision =
  | 'day'
  | 'month'
  | 'year';

export type Enum_Publication_Documentlanguage =
  | 'ar'
  | 'en'
  | 'es'
  | 'fr'
  | 'pt'
  | 'ru'
  | 'zh';

export type Enum_Publication_Publicationtype =
  | 'briefing'
  | 'report'
  | 'seminar_report'
  | 'summary_paper';

export type EventFiltersInput = {
  and?: Array<EventFiltersInput | null | undefined> | null | undefined;
  attendance?: IntFilterInput | null | undefined;
  attendanceApproximate?: BooleanFilterInput | null | undefined;
  attributionRule?: StringFilterInput | null | undefined;
  audience?: StringFilterInput | null | undefined;
  body?: JsonFilterInput | null | undefined;
  city?: StringFilterInput | null | undefined;
  country?: StringFilterInput | null | undefined;
  createdAt?: DateTimeFilterInput | null | undefined;
  datePrecision?: StringFilterInput | null | undefined;
  documentId?: IdFilterInput | null | undefined;
  endDate?: DateFilterInput | null | undefined;
  endTime?: TimeFilterInput | null | undefined;
  hosts?: OrganisationFiltersInput | null | undefined;
  kind?: StringFilterInput | null | undefined;
  locale?: StringFilterInput | null | undefined;
  localizations?: EventFiltersInput | null | undefined;
  not?: EventFiltersInput | null | undefined;
  objective?: StringFilterInput | null | undefined;
  or?: Array<EventFiltersInput | null | undefined> | null | undefined;
  organisers?: OrganisationFiltersInput | null | undefined;
  publishedAt?: DateTimeFilterInput | null | undefined;
  reports?: PublicationFiltersInput | null | undefined;
  seo?: ComponentSharedSeoFiltersInput | null | undefined;
  seriesNumber?: IntFilterInput | null | undefined;
  slug?: StringFilterInput | null | undefined;
  speakers?: PersonFiltersInput | null | undefined;
  startDate?: DateFilterInput | null | undefined;
  startTime?: TimeFilterInput | null | undefined;
  subtitle?: StringFilterInput | null | undefined;
  summary?: StringFilterInput | null | undefined;
  themes?: ComponentEventThemeFiltersInput | null | undefined;
  timeZone?: StringFilterInput | null | undefined;
  title?: StringFilterInput | null | undefined;
  topics?: TopicFiltersInput | null | undefined;
  updatedAt?: DateTimeFilterInput | null | undefined;
  venue?: StringFilterInput | null | undefined;
};

export type IdFilterInput = {
  and?: Array<string | number | null | undefined> | null | undefined;
  between?: Array<string | number | null | undefined> | null | undefined;
  contains?: string | number | null | undefined;
  containsi?: string | number | null | undefined;
  endsWith?: string | number | null | undefined;
  eq?: string | number | null | undefined;
  eqi?: string | number | null | undefined;
  gt?: string | number | null | undefined;
  gte?: string | number | null | undefined;
  in?: Array<string | number | null | undefined> | null | undefined;
  lt?: string | number | null | undefined;
  lte?: string | number | null | undefined;
  ne?: string | number | null | undefined;
  nei?: string | number | null | undefined;
  not?: IdFilterInput | null | undefined;
  notContains?: string | number | null | undefined;
  notContainsi?: string | number | null | undefined;
  notIn?: Array<string | number | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<string | number | null | undefined> | null | undefined;
  startsWith?: string | number | null | undefined;
};

export type IntFilterInput = {
  and?: Array<number | null | undefined> | null | undefined;
  between?: Array<number | null | undefined> | null | undefined;
  contains?: number | null | undefined;
  containsi?: number | null | undefined;
  endsWith?: number | null | undefined;
  eq?: number | null | undefined;
  eqi?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number | null | undefined> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  ne?: number | null | undefined;
  nei?: number | null | undefined;
  not?: IntFilterInput | null | undefined;
  notContains?: number | null | undefined;
  notContainsi?: number | null | undefined;
  notIn?: Array<number | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<number | null | undefined> | null | undefined;
  startsWith?: number | null | undefined;
};

export type JsonFilterInput = {
  and?: Array<unknown> | null | undefined;
  between?: Array<unknown> | null | undefined;
  contains?: unknown;
  containsi?: unknown;
  endsWith?: unknown;
  eq?: unknown;
  eqi?: unknown;
  gt?: unknown;
  gte?: unknown;
  in?: Array<unknown> | null | undefined;
  lt?: unknown;
  lte?: unknown;
  ne?: unknown;
  nei?: unknown;
  not?: JsonFilterInput | null | undefined;
  notContains?: unknown;
  notContainsi?: unknown;
  notIn?: Array<unknown> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<unknown> | null | undefined;
  startsWith?: unknown;
};

export type OrganisationFiltersInput = {
  acronym?: StringFilterInput | null | undefined;
  and?: Array<OrganisationFiltersInput | null | undefined> | null | undefined;
  createdAt?: DateTimeFilterInput | null | undefined;
  documentId?: IdFilterInput | null | undefined;
  kind?: StringFilterInput | null | undefined;
  name?: StringFilterInput | null | undefined;
  not?: OrganisationFiltersInput | null | undefined;
  or?: Array<OrganisationFiltersInput | null | undefined> | null | undefined;
  publishedAt?: DateTimeFilterInput | null | undefined;
  slug?: StringFilterInput | null | undefined;
  updatedAt?: DateTimeFilterInput | null | undefined;
  website?: StringFilterInput | null | undefined;
};

export type PersonFiltersInput = {
  affiliation?: StringFilterInput | null | undefined;
  and?: Array<PersonFiltersInput | null | undefined> | null | undefined;
  bio?: StringFilterInput | null | undefined;
  country?: StringFilterInput | null | undefined;
  createdAt?: DateTimeFilterInput | null | undefined;
  documentId?: IdFilterInput | null | undefined;
  locale?: StringFilterInput | null | undefined;
  localizations?: PersonFiltersInput | null | undefined;
  name?: StringFilterInput | null | undefined;
  not?: PersonFiltersInput | null | undefined;
  or?: Array<PersonFiltersInput | null | undefined> | null | undefined;
  publications?: PublicationFiltersInput | null | undefined;
  publishedAt?: DateTimeFilterInput | null | undefined;
  role?: StringFilterInput | null | undefined;
  slug?: StringFilterInput | null | undefined;
  talks?: EventFiltersInput | null | undefined;
  updatedAt?: DateTimeFilterInput | null | undefined;
};

export type PublicationFiltersInput = {
  abstract?: StringFilterInput | null | undefined;
  and?: Array<PublicationFiltersInput | null | undefined> | null | undefined;
  authors?: PersonFiltersInput | null | undefined;
  body?: JsonFilterInput | null | undefined;
  createdAt?: DateTimeFilterInput | null | undefined;
  datePrecision?: StringFilterInput | null | undefined;
  documentId?: IdFilterInput | null | undefined;
  documentLanguage?: StringFilterInput | null | undefined;
  event?: EventFiltersInput | null | undefined;
  locale?: StringFilterInput | null | undefined;
  localizations?: PublicationFiltersInput | null | undefined;
  not?: PublicationFiltersInput | null | undefined;
  or?: Array<PublicationFiltersInput | null | undefined> | null | undefined;
  publicationDate?: DateFilterInput | null | undefined;
  publicationType?: StringFilterInput | null | undefined;
  publishedAt?: DateTimeFilterInput | null | undefined;
  seo?: ComponentSharedSeoFiltersInput | null | undefined;
  seriesNumber?: IntFilterInput | null | undefined;
  slug?: StringFilterInput | null | undefined;
  title?: StringFilterInput | null | undefined;
  topics?: TopicFiltersInput | null | undefined;
  updatedAt?: DateTimeFilterInput | null | undefined;
};

/** What a search hit is: each has a page on the site. */
export type SearchEntryType =
  | 'event'
  | 'news'
  | 'person'
  | 'publication'
  | 'topic';

export type StringFilterInput = {
  and?: Array<string | null | undefined> | null | undefined;
  between?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  containsi?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  eqi?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  nei?: string | null | undefined;
  not?: StringFilterInput | null | undefined;
  notContains?: string | null | undefined;
  notContainsi?: string | null | undefined;
  notIn?: Array<string | null | undefined> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<string | null | undefined> | null | undefined;
  startsWith?: string | null | undefined;
};

export type TimeFilterInput = {
  and?: Array<unknown> | null | undefined;
  between?: Array<unknown> | null | undefined;
  contains?: unknown;
  containsi?: unknown;
  endsWith?: unknown;
  eq?: unknown;
  eqi?: unknown;
  gt?: unknown;
  gte?: unknown;
  in?: Array<unknown> | null | undefined;
  lt?: unknown;
  lte?: unknown;
  ne?: unknown;
  nei?: unknown;
  not?: TimeFilterInput | null | undefined;
  notContains?: unknown;
  notContainsi?: unknown;
  notIn?: Array<unknown> | null | undefined;
  notNull?: boolean | null | undefined;
  null?: boolean | null | undefined;
  or?: Array<unknown> | null | undefined;
  startsWith?: unknown;
};

export type TopicFiltersInput = {
  and?: Array<TopicFiltersInput | null | undefined> | null | undefined;
  createdAt?: DateTimeFilterInput | null | undefined;
  documentId?: IdFilterInput | null | undefined;
  locale?: StringFilterInput | null | undefined;
  localizations?: TopicFiltersInput | null | undefined;
  not?: TopicFiltersInput | null | undefined;
  or?: Array<TopicFiltersInput | null | undefined> | null | undefined;
  publishedAt?: DateTimeFilterInput | null | undefined;
  seo?: ComponentSharedSeoFiltersInput | null | undefined;
  slug?: StringFilterInput | null | undefined;
  summary?: StringFilterInput | null | undefined;
  title?: StringFilterInput | null | undefined;
  updatedAt?: DateTimeFilterInput | null | undefined;
};

export type EventsQueryVariables = Exact<{
  locale: string;
  filters?: EventFiltersInput | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
  sort?: Array<string | null | undefined> | string | null | undefined;
}>;


export type EventsQuery = { events_connection: { nodes: Array<{ documentId: string, locale: string | null, title: string, subtitle: string | null, slug: string, kind: Enum_Event_Kind, seriesNumber: number | null, startDate: string | null, endDate: string | null, datePrecision: Enum_Event_Dateprecision | null, startTime: unknown, endTime: unknown, timeZone: string | null, venue: string | null, city: string | null, country: string | null, summary: string | null, hosts: Array<{ name: string, acronym: string | null, slug: string } | null> }>, pageInfo: { page: number, pageSize: number, pageCount: number, total: number } } | null };

export type EventBySlugQueryVariables = Exact<{
  locale: string;
  slug: string;
}>;


export type EventBySlugQuery = { events: Array<{ objective: string | null, body: unknown, audience: string | null, attendance: number | null, attendanceApproximate: boolean | null, attributionRule: Enum_Event_Attributionrule | null, documentId: string, locale: string | null, title: string, subtitle: string | null, slug: string, kind: Enum_Event_Kind, seriesNumber: number | null, startDate: string | null, endDate: string | null, datePrecision: Enum_Event_Dateprecision | null, startTime: unknown, endTime: unknown, timeZone: string | null, venue: string | null, city: string | null, country: string | null, summary: string | null, themes: Array<{ text: string } | null> | null, organisers: Array<{ name: string, acronym: string | null, slug: string } | null>, speakers: Array<{ name: string, slug: string, role: string | null, country: string | null } | null>, reports: Array<{ title: string, slug: string, publicationType: Enum_Publication_Publicationtype, documentLanguage: Enum_Publication_Documentlanguage } | null>, seo: { metaTitle: string | null, metaDescription: string | null, shareImage: { url: string, alternativeText: string | null, width: number | null, height: number | null } | null } | null, localizations: Array<{ locale: string | null, slug: string } | null>, hosts: Array<{ name: string, acronym: string | null, slug: string } | null> } | null> };

export type PublicationFeedQueryVariables = Exact<{
  locale: string;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
  sort?: Array<string | null | undefined> | string | null | undefined;
}>;


export type PublicationFeedQuery = { publications_connection: { nodes: Array<{ publishedAt: string | null, updatedAt: string | null, documentId: string, locale: string | null, title: string, slug: string, publicationType: Enum_Publication_Publicationtype, seriesNumber: number | null, publicationDate: string | null, datePrecision: Enum_Publication_Dateprecision | null, documentLanguage: Enum_Publication_Documentlanguage, abstract: string | null, authors: Array<{ name: string, slug: string } | null> }>, pageInfo: { page: number, pageSize: number, pageCount: number, total: number } } | null };

export type NewsFeedQueryVariables = Exact<{
  locale: string;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
  sort?: Array<string | null | undefined> | string | null | undefined;
}>;


export type NewsFeedQuery = { newsArticles_connection: { nodes: Array<{ publishedAt: string | null, updatedAt: string | null, documentId: string, locale: string | null, title: string, slug: string, date: string | null, summary: string | null }>, pageInfo: { page: number, pageSize: number, pageCount: number, total: number } } | null };

export type EventFeedQueryVariables = Exact<{
  locale: string;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
  sort?: Array<string | null | undefined> | string | null | undefined;
}>;


export type EventFeedQuery = { events_connection: { nodes: Array<{ publishedAt: string | null, updatedAt: string | null, documentId: string, locale: string | null, title: string, subtitle: string | null, slug: string, kind: Enum_Event_Kind, seriesNumber: number | null, startDate: string | null, endDate: string | null, datePrecision: Enum_Event_Dateprecision | null, startTime: unknown, endTime: unknown, timeZone: string | null, venue: string | null, city: string | null, country: string | null, summary: string | null, hosts: Array<{ name: string, acronym: string | null, slug: string } | null> }>, pageInfo: { page: number, pageSize: number, pageCount: number, total: number } } | null };

export type PublicationSummaryFragment = { documentId: string, locale: string | null, title: string, slug: string, publicationType: Enum_Publication_Publicationtype, seriesNumber: number | null, publicationDate: string | null, datePrecision: Enum_Publication_Dateprecision | null, documentLanguage: Enum_Publication_Documentlanguage, abstract: string | null, authors: Array<{ name: string, slug: string } | null> };

export type NewsSummaryFragment = { documentId: string, locale: string | null, title: string, slug: string, date: string | null, summary: string | null };

export type EventSummaryFragment = { documentId: string, locale: string | null, title: string, subtitle: string | null, slug: string, kind: Enum_Event_Kind, seriesNumber: number | null, startDate: string | null, endDate: string | null, datePrecision: Enum_Event_Dateprecision | null, startTime: unknown, endTime: unknown, timeZone: string | null, venue: string | null, city: string | null, country: string | null, summary: string | null, hosts: Array<{ name: string, acronym: string | null, slug: string } | null> };

export type SeoFragment = { metaTitle: string | null, metaDescription: string | null, shareImage: { url: string, alternativeText: string | null, width: number | null, height: number | null } | null };

export type ImageFragment = { url: string, alternativeText: string | null, width: number | null, height: number | null };

export type PageInfoFragment = { page: number, pageSize: number, pageCount: number, total: number };

export type NewsArticlesQueryVariables = Exact<{
  locale: string;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type NewsArticlesQuery = { newsArticles_connection: { nodes: Array<{ documentId: string, locale: string | null, title: string, slug: string, date: string | null, summary: string | null }>, pageInfo: { page: number, pageSize: number, pageCount: number, total: number } } | null };

export type NewsArticleBySlugQueryVariables = Exact<{
  locale: string;
  slug: string;
}>;


export type NewsArticleBySlugQuery = { newsArticles: Array<{ body: unknown, documentId: string, locale: string | null, title: string, slug: string, date: string | null, summary: string | null, cover: { url: string, alternativeText: string | null, width: number | null, height: number | null } | null, events: Array<{ title: string, slug: string, kind: Enum_Event_Kind } | null>, publications: Array<{ title: string, slug: string } | null>, seo: { metaTitle: string | null, metaDescription: string | null, shareImage: { url: string, alternativeText: string | null, width: number | null, height: number | null } | null } | null, localizations: Array<{ locale: string | null, slug: string } | null> } | null> };

export type PersonBySlugQueryVariables = Exact<{
  locale: string;
  slug: string;
}>;


export type PersonBySlugQuery = { people: Array<{ documentId: string, locale: string | null, name: string, slug: string, affiliation: string | null, role: string | null, country: string | null, bio: string | null, photo: { url: string, alternativeText: string | null, width: number | null, height: number | null } | null, publications: Array<{ title: string, slug: string, publicationType: Enum_Publication_Publicationtype, publicationDate: string | null, datePrecision: Enum_Publication_Dateprecision | null } | null>, talks: Array<{ title: string, slug: string, kind: Enum_Event_Kind, startDate: string | null, datePrecision: Enum_Event_Dateprecision | null } | null> } | null> };

export type PeopleQueryVariables = Exact<{
  locale: string;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type PeopleQuery = { people_connection: { nodes: Array<{ documentId: string, locale: string | null, name: string, slug: string, affiliation: string | null, role: string | null }>, pageInfo: { page: number, pageSize: number, pageCount: number, total: number } } | null };

export type ProjectQueryVariables = Exact<{
  locale: string;
}>;


export type ProjectQuery = { project: { name: string, acronym: string | null, tagline: string | null, summary: unknown, objective: unknown, periodStart: string | null, periodEnd: string | null, periodPrecision: Enum_Project_Periodprecision | null, contactEmail: string | null, contactText: string | null, partners: Array<{ role: Enum_Componentprojectpartner_Role, department: string | null, organisation: { name: string, acronym: string | null, slug: string, kind: Enum_Organisation_Kind, website: string | null } | null } | null> | null, workstreams: Array<{ key: Enum_Componentprojectworkstream_Key, title: string, description: string | null } | null> | null, keyResources: Array<{ label: string, url: string | null } | null> | null, seo: { metaTitle: string | null, metaDescription: string | null, shareImage: { url: string, alternativeText: string | null, width: number | null, height: number | null } | null } | null } | null };

export type PublicationsQueryVariables = Exact<{
  locale: string;
  filters?: PublicationFiltersInput | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
  sort?: Array<string | null | undefined> | string | null | undefined;
}>;


export type PublicationsQuery = { publications_connection: { nodes: Array<{ documentId: string, locale: string | null, title: string, slug: string, publicationType: Enum_Publication_Publicationtype, seriesNumber: number | null, publicationDate: string | null, datePrecision: Enum_Publication_Dateprecision | null, documentLanguage: Enum_Publication_Documentlanguage, abstract: string | null, authors: Array<{ name: string, slug: string } | null> }>, pageInfo: { page: number, pageSize: number, pageCount: number, total: number } } | null };

export type PublicationBySlugQueryVariables = Exact<{
  locale: string;
  slug: string;
}>;


export type PublicationBySlugQuery = { publications: Array<{ body: unknown, documentId: string, locale: string | null, title: string, slug: string, publicationType: Enum_Publication_Publicationtype, seriesNumber: number | null, publicationDate: string | null, datePrecision: Enum_Publication_Dateprecision | null, documentLanguage: Enum_Publication_Documentlanguage, abstract: string | null, authors: Array<{ affiliation: string | null, role: string | null, name: string, slug: string } | null>, pdf: { url: string, name: string, mime: string, size: number, ext: string | null } | null, cover: { url: string, alternativeText: string | null, width: number | null, height: number | null } | null, topics: Array<{ title: string, slug: string } | null>, event: { title: string, slug: string, kind: Enum_Event_Kind, startDate: string | null, datePrecision: Enum_Event_Dateprecision | null } | null, seo: { metaTitle: string | null, metaDescription: string | null, shareImage: { url: string, alternativeText: string | null, width: number | null, height: number | null } | null } | null, localizations: Array<{ locale: string | null, slug: string } | null> } | null> };

export type PublicationFacetsQueryVariables = Exact<{
  locale: string;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type PublicationFacetsQuery = { publications_connection: { nodes: Array<{ documentId: string, publicationType: Enum_Publication_Publicationtype, publicationDate: string | null, documentLanguage: Enum_Publication_Documentlanguage, authors: Array<{ name: string, slug: string } | null>, topics: Array<{ title: string, slug: string } | null> }>, pageInfo: { page: number, pageSize: number, pageCount: number, total: number } } | null };

export type SearchQueryVariables = Exact<{
  query: string;
  locale: string;
  type?: SearchEntryType | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type SearchQuery = { search: { query: string, counts: Array<{ type: SearchEntryType, count: number }>, hits: Array<{ type: SearchEntryType, documentId: string, locale: string, slug: string, title: string, snippet: Array<{ text: string, match: boolean }> }>, pageInfo: { page: number, pageSize: number, pageCount: number, total: number } } };

export type SiteSettingsQueryVariables = Exact<{
  locale: string;
}>;


export type SiteSettingsQuery = { global: { siteName: string, siteDescription: string, footer: string | null, locale: string | null } | null };

export type TopicBySlugQueryVariables = Exact<{
  locale: string;
  slug: string;
}>;


export type TopicBySlugQuery = { topics: Array<{ documentId: string, locale: string | null, title: string, slug: string, summary: string | null, body: Array<
      | { __typename: 'ComponentContentFigure', caption: string, alternativeText: string | null, credit: string | null, image: { url: string, alternativeText: string | null, width: number | null, height: number | null } | null }
      | { __typename: 'ComponentContentRichText', body: unknown }
      | { __typename: 'Error' }
     | null> | null, seo: { metaTitle: string | null, metaDescription: string | null, shareImage: { url: string, alternativeText: string | null, width: number | null, height: number | null } | null } | null, localizations: Array<{ locale: string | null, slug: string } | null> } | null> };

export type TopicsQueryVariables = Exact<{
  locale: string;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type TopicsQuery = { topics_connection: { nodes: Array<{ documentId: string, locale: string | null, title: string, slug: string, summary: string | null }>, pageInfo: { page: number, pageSize: number, pageCount: number, total: number } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PublicationSummaryFragmentDoc = new TypedDocumentString(`
    fragment PublicationSummary on Publication {
  documentId
  locale
  title
  slug
  publicationType
  seriesNumber
  publicationDate
  datePrecision
  documentLanguage
  abstract
  authors {
    name
    slug
  }
}
    `, {"fragmentName":"PublicationSummary"}) as unknown as TypedDocumentString<PublicationSummaryFragment, unknown>;
export const NewsSummaryFragmentDoc = new TypedDocumentString(`
    fragment NewsSummary on NewsArticle {
  documentId
  locale
  title
  slug
  date
  summary
}
    `, {"fragmentName":"NewsSummary"}) as unknown as TypedDocumentString<NewsSummaryFragment, unknown>;
export const EventSummaryFragmentDoc = new TypedDocumentString(`
    fragment EventSummary on Event {
  documentId
  locale
  title
  subtitle
  slug
  kind
  seriesNumber
  startDate
  endDate
  datePrecision
  startTime
  endTime
  timeZone
  venue
  city
  country
  summary
  hosts {
    name
    acronym
    slug
  }
}
    `, {"fragmentName":"EventSummary"}) as unknown as TypedDocumentString<EventSummaryFragment, unknown>;
export const ImageFragmentDoc = new TypedDocumentString(`
    fragment Image on UploadFile {
  url
  alternativeText
  width
  height
}
    `, {"fragmentName":"Image"}) as unknown as TypedDocumentString<ImageFragment, unknown>;
export const SeoFragmentDoc = new TypedDocumentString(`
    fragment Seo on ComponentSharedSeo {
  metaTitle
  metaDescription
  shareImage {
    ...Image
  }
}
    fragment Image on UploadFile {
  url
  alternativeText
  width
  height
}`, {"fragmentName":"Seo"}) as unknown as TypedDocumentString<SeoFragment, unknown>;
export const PageInfoFragmentDoc = new TypedDocumentString(`
    fragment PageInfo on Pagination {
  page
  pageSize
  pageCount
  total
}
    `, {"fragmentName":"PageInfo"}) as unknown as TypedDocumentString<PageInfoFragment, unknown>;
export const EventsDocument = new TypedDocumentString(`
    query Events($locale: I18NLocaleCode!, $filters: EventFiltersInput, $page: Int = 1, $pageSize: Int = 20, $sort: [String] = ["startDate:desc", "title:asc"]) {
  events_connection(
    locale: $locale
    filters: $filters
    pagination: {page: $page, pageSize: $pageSize}
    sort: $sort
  ) {
    nodes {
      ...EventSummary
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment EventSummary on Event {
  documentId
  locale
  title
  subtitle
  slug
  kind
  seriesNumber
  startDate
  endDate
  datePrecision
  startTime
  endTime
  timeZone
  venue
  city
  country
  summary
  hosts {
    name
    acronym
    slug
  }
}
fragment PageInfo on Pagination {
  page
  pageSize
  pageCount
  total
}`) as unknown as TypedDocumentString<EventsQuery, EventsQueryVariables>;
export const EventBySlugDocument = new TypedDocumentString(`
    query EventBySlug($locale: I18NLocaleCode!, $slug: String!) {
  events(locale: $locale, filters: {slug: {eq: $slug}}, pagination: {limit: 1}) {
    ...EventSummary
    objective
    body
    themes {
      text
    }
    audience
    attendance
    attendanceApproximate
    attributionRule
    organisers {
      name
      acronym
      slug
    }
    speakers {
      name
      slug
      role
      country
    }
    reports {
      title
      slug
      publicationType
      documentLanguage
    }
    seo {
      ...Seo
    }
    localizations {
      locale
      slug
    }
  }
}
    fragment EventSummary on Event {
  documentId
  locale
  title
  subtitle
  slug
  kind
  seriesNumber
  startDate
  endDate
  datePrecision
  startTime
  endTime
  timeZone
  venue
  city
  country
  summary
  hosts {
    name
    acronym
    slug
  }
}
fragment Seo on ComponentSharedSeo {
  metaTitle
  metaDescription
  shareImage {
    ...Image
  }
}
fragment Image on UploadFile {
  url
  alternativeText
  width
  height
}`) as unknown as TypedDocumentString<EventBySlugQuery, EventBySlugQueryVariables>;
export const PublicationFeedDocument = new TypedDocumentString(`
    query PublicationFeed($locale: I18NLocaleCode!, $page: Int = 1, $pageSize: Int = 50, $sort: [String] = ["publishedAt:desc", "title:asc"]) {
  publications_connection(
    locale: $locale
    pagination: {page: $page, pageSize: $pageSize}
    sort: $sort
  ) {
    nodes {
      ...PublicationSummary
      publishedAt
      updatedAt
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment PublicationSummary on Publication {
  documentId
  locale
  title
  slug
  publicationType
  seriesNumber
  publicationDate
  datePrecision
  documentLanguage
  abstract
  authors {
    name
    slug
  }
}
fragment PageInfo on Pagination {
  page
  pageSize
  pageCount
  total
}`) as unknown as TypedDocumentString<PublicationFeedQuery, PublicationFeedQueryVariables>;
export const NewsFeedDocument = new TypedDocumentString(`
    query NewsFeed($locale: I18NLocaleCode!, $page: Int = 1, $pageSize: Int = 50, $sort: [String] = ["publishedAt:desc", "title:asc"]) {
  newsArticles_connection(
    locale: $locale
    pagination: {page: $page, pageSize: $pageSize}
    sort: $sort
  ) {
    nodes {
      ...NewsSummary
      publishedAt
      updatedAt
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment NewsSummary on NewsArticle {
  documentId
  locale
  title
  slug
  date
  summary
}
fragment PageInfo on Pagination {
  page
  pageSize
  pageCount
  total
}`) as unknown as TypedDocumentString<NewsFeedQuery, NewsFeedQueryVariables>;
export const EventFeedDocument = new TypedDocumentString(`
    query EventFeed($locale: I18NLocaleCode!, $page: Int = 1, $pageSize: Int = 50, $sort: [String] = ["publishedAt:desc", "title:asc"]) {
  events_connection(
    locale: $locale
    pagination: {page: $page, pageSize: $pageSize}
    sort: $sort
  ) {
    nodes {
      ...EventSummary
      publishedAt
      updatedAt
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment EventSummary on Event {
  documentId
  locale
  title
  subtitle
  slug
  kind
  seriesNumber
  startDate
  endDate
  datePrecision
  startTime
  endTime
  timeZone
  venue
  city
  country
  summary
  hosts {
    name
    acronym
    slug
  }
}
fragment PageInfo on Pagination {
  page
  pageSize
  pageCount
  total
}`) as unknown as TypedDocumentString<EventFeedQuery, EventFeedQueryVariables>;
export const NewsArticlesDocument = new TypedDocumentString(`
    query NewsArticles($locale: I18NLocaleCode!, $page: Int = 1, $pageSize: Int = 10) {
  newsArticles_connection(
    locale: $locale
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["date:desc", "title:asc"]
  ) {
    nodes {
      ...NewsSummary
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment NewsSummary on NewsArticle {
  documentId
  locale
  title
  slug
  date
  summary
}
fragment PageInfo on Pagination {
  page
  pageSize
  pageCount
  total
}`) as unknown as TypedDocumentString<NewsArticlesQuery, NewsArticlesQueryVariables>;
export const NewsArticleBySlugDocument = new TypedDocumentString(`
    query NewsArticleBySlug($locale: I18NLocaleCode!, $slug: String!) {
  newsArticles(
    locale: $locale
    filters: {slug: {eq: $slug}}
    pagination: {limit: 1}
  ) {
    ...NewsSummary
    body
    cover {
      ...Image
    }
    events {
      title
      slug
      kind
    }
    publications {
      title
      slug
    }
    seo {
      ...Seo
    }
    localizations {
      locale
      slug
    }
  }
}
    fragment NewsSummary on NewsArticle {
  documentId
  locale
  title
  slug
  date
  summary
}
fragment Seo on ComponentSharedSeo {
  metaTitle
  metaDescription
  shareImage {
    ...Image
  }
}
fragment Image on UploadFile {
  url
  alternativeText
  width
  height
}`) as unknown as TypedDocumentString<NewsArticleBySlugQuery, NewsArticleBySlugQueryVariables>;
export const PersonBySlugDocument = new TypedDocumentString(`
    query PersonBySlug($locale: I18NLocaleCode!, $slug: String!) {
  people(locale: $locale, filters: {slug: {eq: $slug}}, pagination: {limit: 1}) {
    documentId
    locale
    name
    slug
    affiliation
    role
    country
    bio
    photo {
      ...Image
    }
    publications(sort: ["publicationDate:desc", "title:asc"]) {
      title
      slug
      publicationType
      publicationDate
      datePrecision
    }
    talks(sort: ["startDate:desc"]) {
      title
      slug
      kind
      startDate
      datePrecision
    }
  }
}
    fragment Image on UploadFile {
  url
  alternativeText
  width
  height
}`) as unknown as TypedDocumentString<PersonBySlugQuery, PersonBySlugQueryVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People($locale: I18NLocaleCode!, $page: Int = 1, $pageSize: Int = 100) {
  people_connection(
    locale: $locale
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["name:asc"]
  ) {
    nodes {
      documentId
      locale
      name
      slug
      affiliation
      role
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment PageInfo on Pagination {
  page
  pageSize
  pageCount
  total
}`) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const ProjectDocument = new TypedDocumentString(`
    query Project($locale: I18NLocaleCode!) {
  project(locale: $locale) {
    name
    acronym
    tagline
    summary
    objective
    periodStart
    periodEnd
    periodPrecision
    partners {
      role
      department
      organisation {
        name
        acronym
        slug
        kind
        website
      }
    }
    workstreams {
      key
      title
      description
    }
    contactEmail
    contactText
    keyResources {
      label
      url
    }
    seo {
      ...Seo
    }
  }
}
    fragment Seo on ComponentSharedSeo {
  metaTitle
  metaDescription
  shareImage {
    ...Image
  }
}
fragment Image on UploadFile {
  url
  alternativeText
  width
  height
}`) as unknown as TypedDocumentString<ProjectQuery, ProjectQueryVariables>;
export const PublicationsDocument = new TypedDocumentString(`
    query Publications($locale: I18NLocaleCode!, $filters: PublicationFiltersInput, $page: Int = 1, $pageSize: Int = 20, $sort: [String] = ["publicationDate:desc", "title:asc"]) {
  publications_connection(
    locale: $locale
    filters: $filters
    pagination: {page: $page, pageSize: $pageSize}
    sort: $sort
  ) {
    nodes {
      ...PublicationSummary
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment PublicationSummary on Publication {
  documentId
  locale
  title
  slug
  publicationType
  seriesNumber
  publicationDate
  datePrecision
  documentLanguage
  abstract
  authors {
    name
    slug
  }
}
fragment PageInfo on Pagination {
  page
  pageSize
  pageCount
  total
}`) as unknown as TypedDocumentString<PublicationsQuery, PublicationsQueryVariables>;
export const PublicationBySlugDocument = new TypedDocumentString(`
    query PublicationBySlug($locale: I18NLocaleCode!, $slug: String!) {
  publications(
    locale: $locale
    filters: {slug: {eq: $slug}}
    pagination: {limit: 1}
  ) {
    ...PublicationSummary
    body
    authors {
      affiliation
      role
    }
    pdf {
      url
      name
      mime
      size
      ext
    }
    cover {
      ...Image
    }
    topics {
      title
      slug
    }
    event {
      title
      slug
      kind
      startDate
      datePrecision
    }
    seo {
      ...Seo
    }
    localizations {
      locale
      slug
    }
  }
}
    fragment PublicationSummary on Publication {
  documentId
  locale
  title
  slug
  publicationType
  seriesNumber
  publicationDate
  datePrecision
  documentLanguage
  abstract
  authors {
    name
    slug
  }
}
fragment Seo on ComponentSharedSeo {
  metaTitle
  metaDescription
  shareImage {
    ...Image
  }
}
fragment Image on UploadFile {
  url
  alternativeText
  width
  height
}`) as unknown as TypedDocumentString<PublicationBySlugQuery, PublicationBySlugQueryVariables>;
export const PublicationFacetsDocument = new TypedDocumentString(`
    query PublicationFacets($locale: I18NLocaleCode!, $page: Int = 1, $pageSize: Int = 100) {
  publications_connection(
    locale: $locale
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["publicationDate:desc", "title:asc"]
  ) {
    nodes {
      documentId
      publicationType
      publicationDate
      documentLanguage
      authors {
        name
        slug
      }
      topics {
        title
        slug
      }
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment PageInfo on Pagination {
  page
  pageSize
  pageCount
  total
}`) as unknown as TypedDocumentString<PublicationFacetsQuery, PublicationFacetsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $locale: I18NLocaleCode!, $type: SearchEntryType, $page: Int = 1, $pageSize: Int = 10) {
  search(
    query: $query
    locale: $locale
    type: $type
    page: $page
    pageSize: $pageSize
  ) {
    query
    counts {
      type
      count
    }
    hits {
      type
      documentId
      locale
      slug
      title
      snippet {
        text
        match
      }
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment PageInfo on Pagination {
  page
  pageSize
  pageCount
  total
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SiteSettingsDocument = new TypedDocumentString(`
    query SiteSettings($locale: I18NLocaleCode!) {
  global(locale: $locale) {
    siteName
    siteDescription
    footer
    locale
  }
}
    `) as unknown as TypedDocumentString<SiteSettingsQuery, SiteSettingsQueryVariables>;
export const TopicBySlugDocument = new TypedDocumentString(`
    query TopicBySlug($locale: I18NLocaleCode!, $slug: String!) {
  topics(locale: $locale, filters: {slug: {eq: $slug}}, pagination: {limit: 1}) {
    documentId
    locale
    title
    slug
    summary
    body {
      __typename
      ... on ComponentContentRichText {
        body
      }
      ... on ComponentContentFigure {
        caption
        alternativeText
        credit
        image {
          ...Image
        }
      }
    }
    seo {
      ...Seo
    }
    localizations {
      locale
      slug
    }
  }
}
    fragment Seo on ComponentSharedSeo {
  metaTitle
  metaDescription
  shareImage {
    ...Image
  }
}
fragment Image on UploadFile {
  url
  alternativeText
  width
  height
}`) as unknown as TypedDocumentString<TopicBySlugQuery, TopicBySlugQueryVariables>;
export const TopicsDocument = new TypedDocumentString(`
    query Topics($locale: I18NLocaleCode!, $page: Int = 1, $pageSize: Int = 50) {
  topics_connection(
    locale: $locale
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["title:asc"]
  ) {
    nodes {
      documentId
      locale
      title
      slug
      summary
    }
    pageInfo {
      ...PageInfo
    }
  }
}
    fragment PageInfo on Pagination {
  page
  pageSize
  pageCount
  total
}`) as unknown as TypedDocumentString<TopicsQuery, TopicsQueryVariables>;