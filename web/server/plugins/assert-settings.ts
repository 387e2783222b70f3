/**
 * The site refuses to start with a setting it could only misuse, rather than failing each request:
 *  - a secret that is a placeholder (`<generated>` from a copied .env.example), a template value
 *    or too short: anyone who knows the cache-purge secret can empty the page cache at will, and
 *    the preview secret signs editors' preview links. Empty means the feature is off. Same rule
 *    as the CMS's (cms/src/utils/env.ts), which checks the same secrets;
 *  - a number of seconds or megabytes that is not one (every CMS read would fail at once, say).
 */
const PLACEHOLDER =
  /^(<.*>|tobemodified\d*|changeme|change-me|secret|password|example|test|dev|default|xxx+)$/i;
const MIN_LENGTH = 16;

export default defineNitroPlugin(() => {
  const config = useRuntimeConfig();
  const secrets = {
    'NUXT_REVALIDATE_SECRET (or SITE_REVALIDATE_SECRET)': config.revalidateSecret,
    'NUXT_PREVIEW_SECRET (or PREVIEW_SECRET)': config.previewSecret,
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

  // A CMS read needs some time; the other quantities switch their feature off at 0.
  const quantities: Array<[name: string, value: unknown, zeroAllowed: boolean]> = [
    ['NUXT_CMS_TIMEOUT_SECONDS', config.cmsTimeoutSeconds, false],
    ['NUXT_PAGE_CACHE_MEGABYTES', config.pageCacheMegabytes, true],
    ['NUXT_PAGE_CACHE_REPURGE_SECONDS', config.pageCacheRepurgeSeconds, true],
    ['NUXT_HOT_RESPONSES_SECONDS', config.hotResponses.seconds, true],
    ['NUXT_HOT_RESPONSES_MEGABYTES', config.hotResponses.megabytes, true],
  ];
  for (const [name, value, zeroAllowed] of quantities) {
    const number = typeof value === 'string' && !value.trim() ? NaN : Number(value);
    if (!Number.isFinite(number) || number < 0 || (number === 0 && !zeroAllowed)) {
      throw new Error(
        `Refusing to start: ${name} is "${String(value)}", not a number ` +
          (zeroAllowed ? 'of 0 or more.' : 'above 0.'),
      );
    }
  }
});
