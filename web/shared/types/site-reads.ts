import type { H3Event } from 'h3';
import type { FormattedCitations } from '../utils/citation';

/**
 * The site's own reads, answered in-process while a page renders on the server (set on every
 * request's `event.context` by server/plugins/site-reads.ts); the browser asks the same over
 * HTTP (server/api/cms, server/api/citations).
 */
export interface SiteReads {
  cms(event: H3Event, operation: string, variables: Record<string, unknown>): Promise<unknown>;
  citations(event: H3Event, locale: string, slug: string): Promise<FormattedCitations>;
}

declare module 'h3' {
  interface H3EventContext {
    siteReads?: SiteReads;
  }
}
