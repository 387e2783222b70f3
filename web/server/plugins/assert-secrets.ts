/**
 * The site refuses to start with a secret that is a placeholder (`<generated>` from a copied
 * .env.example), a template value or too short: anyone who knows the cache-purge secret can empty
 * the page cache at will, and the preview secret signs editors' preview links. Empty means the
 * feature is off. Same rule as the CMS's (cms/src/utils/env.ts), which checks the same secrets.
 */
const PLACEHOLDER =
  /^(<.*>|tobemodified\d*|changeme|change-me|secret|password|example|test|dev|default|xxx+)$/i;
const MIN_LENGTH = 16;

export default defineNitroPlugin(() => {
  const { revalidateSecret, previewSecret } = useRuntimeConfig();
  const secrets = {
    'NUXT_REVALIDATE_SECRET (or SITE_REVALIDATE_SECRET)': revalidateSecret,
    'NUXT_PREVIEW_SECRET (or PREVIEW_SECRET)': previewSecret,
  };
  for (const [name, value] of Object.entries(secrets)) {
    const secret = String(value ?? '').trim();
    if (secret && (PLACEHOLDER.test(secret) || secret.length < MIN_LENGTH)) {
      throw new Error(
        `Refusing to start: ${name} is a placeholder or shorter than ${MIN_LENGTH} characters. ` +
          'Run "./mdle env:init", or set a long random value.',
      );
    }
  }
});
