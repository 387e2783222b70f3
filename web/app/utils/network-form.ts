/** The network sign-up form: its fields as the CMS expects them, and the country choices. */

export interface SignUpPayload {
  name: string;
  email: string;
  organisation?: string;
  position?: string;
  category: string;
  country: string;
  interests: string[];
  preferredLanguage: string;
  consent: boolean;
  consentVersion: string;
  website?: string;
}

type FormFields = Pick<URLSearchParams, 'get' | 'getAll'>;

/**
 * Reads the posted form (a plain POST without JavaScript, or the browser's FormData) into the
 * JSON the CMS validates. Optional fields left empty are left out; the CMS checks everything else.
 */
export function formToSignUp(form: FormFields): SignUpPayload {
  const text = (name: string) => String(form.get(name) ?? '');
  const optional = (name: string) => text(name).trim() || undefined;
  return {
    name: text('name'),
    email: text('email'),
    organisation: optional('organisation'),
    position: optional('position'),
    category: text('category'),
    country: text('country'),
    interests: form.getAll('interests').map(String),
    preferredLanguage: text('preferredLanguage'),
    consent: form.get('consent') === 'on' || form.get('consent') === 'true',
    consentVersion: text('consentVersion'),
    website: optional('website'),
  };
}

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
