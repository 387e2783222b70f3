/**
 * The site refuses to start with a cache-purge secret that is a placeholder (`<generated>` from
 * a copied .env.example), a template value or too short: anyone who knows it can empty the page
 * cache at will. Empty means the purge endpoint is off. Same rule as the CMS's
 * (cms/src/utils/env.ts), which checks the same secret on its side.
 */
const PLACEHOLDER =
  /^(<.*>|tobemodified\d*|changeme|change-me|secret|password|example|test|dev|default|xxx+)$/i;
const MIN_LENGTH = 16;

export default defineNitroPlugin(() => {
  const secret = useRuntimeConfig().revalidateSecret.trim();
  if (!secret) return;
  if (PLACEHOLDER.test(secret) || secret.length < MIN_LENGTH) {
    throw new Error(
      'Refusing to start: NUXT_REVALIDATE_SECRET (or SITE_REVALIDATE_SECRET) is a placeholder or ' +
        `shorter than ${MIN_LENGTH} characters. Run "./mdle env:init", or set a long random value.`,
    );
  }
});
