/**
 * The public address of an uploaded file. Strapi answers `/uploads/…` paths relative to itself;
 * visitors reach the files at NUXT_PUBLIC_MEDIA_URL (the CMS, a CDN or an S3 bucket).
 */
export function useMediaUrl() {
  const { mediaUrl } = useRuntimeConfig().public;
  return (url: string | null | undefined) =>
    url ? (/^https?:\/\//.test(url) ? url : new URL(url, mediaUrl).toString()) : undefined;
}
