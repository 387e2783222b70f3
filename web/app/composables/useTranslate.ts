type Translate = ReturnType<typeof useI18n>['t'];

/** Texts of messages without parameters, by language and key (i18n/locales/*.json). */
const messageText = buildTimeMemo<string>(5_000);

/**
 * i18n's `t`, the text of a message without parameters kept from one request to the next: a page
 * shows 30 to 40 of them, and each went through vue-i18n's resolution (the locale's fallback
 * chain, a message context): about 0.2 ms of CPU per uncached render. A message with parameters
 * (names, a count) is formatted by vue-i18n each time.
 */
export function useTranslate(): Translate {
  const { t, locale } = useI18n();
  return ((key: string, ...parameters: unknown[]) =>
    parameters.length
      ? (t as (...args: unknown[]) => string)(key, ...parameters)
      : messageText(`${locale.value}\n${key}`, () => t(key))) as Translate;
}
