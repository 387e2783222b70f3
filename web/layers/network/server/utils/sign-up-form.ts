/** The network sign-up form, as the CMS expects it. */

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

/**
 * Reads a plain form post (urlencoded) into the JSON the CMS validates. Optional fields left
 * empty are left out; the CMS checks everything else.
 */
export function formToSignUp(form: URLSearchParams): SignUpPayload {
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
