/**
 * The editor's preview this page renders, if any (checked on the server by
 * server/middleware/preview.ts): its token, sent on with the page's reads, and which version it
 * shows. Null for visitors.
 */
export function usePreview() {
  const event = useRequestEvent();
  return useState<{ token: string; status: 'draft' | 'published' } | null>('preview', () => {
    const preview = event?.context.preview as SitePreview | undefined;
    return preview ? { token: preview.token, status: preview.claims.status } : null;
  });
}
