const countryCache = new Map<string, Array<{ code: string; name: string }>>();

/** Every ISO 3166-1 country the platform can name, sorted by its name in `locale`. */
export function countryOptions(locale: string) {
  const cached = countryCache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const options: Array<{ code: string; name: string }> = [];
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      const name = code === 'ZZ' ? undefined : names.of(code);
      if (name) options.push({ code, name });
    }
  }
  options.sort((a, b) => a.name.localeCompare(b.name, locale));
  countryCache.set(locale, options);
  return options;
}
