import type { FieldError } from '../../../../../utils/error-response';
import { z } from 'zod';
import { CONSENT, NETWORK_LANGUAGES, type NetworkLanguage } from './consent';
import { message, type MessageKey } from './messages';
import contactSchema from '../content-types/network-contact/schema.json';

/** Who a contact is: the content type's enumeration is the one list (the site's form shows it). */
export const CATEGORIES = contactSchema.attributes.category.enum as [string, ...string[]];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** An ISO 3166-1 alpha-2 code the platform knows (XX, ZZ and made-up codes are refused). */
const isCountry = (code: string) =>
  /^[A-Z]{2}$/.test(code) && code !== 'ZZ' && regionNames.of(code) !== undefined;

// Names and organisations never need angle brackets or control characters; refusing them stops
// markup (and terminal or header tricks) at the door.
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const FORBIDDEN_IN_TEXT = /[<>\u0000-\u001f\u007f]/;
export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !FORBIDDEN_IN_TEXT.test(value), { params: { key: 'invalidText' } });

const signUpSchema = z.strictObject({
  name: plainText(200).pipe(z.string().min(1)),
  email: z.string().trim().max(254).pipe(z.email()),
  organisation: plainText(200).optional(),
  position: plainText(200).optional(),
  category: z.enum(CATEGORIES),
  country: z.string().refine(isCountry, { params: { key: 'invalidCountry' } }),
  interests: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/))
    .max(20)
    .optional(),
  preferredLanguage: z.enum(NETWORK_LANGUAGES as [NetworkLanguage, ...NetworkLanguage[]]),
  consent: z.literal(true),
  consentVersion: z.string().max(40),
  // The honeypot: a field people never see; checked before validation.
  website: z.string().max(200).optional(),
});

export type SignUp = z.infer<typeof signUpSchema>;

export type { FieldError } from '../../../../../utils/error-response';

export type Validated = { ok: true; value: SignUp } | { ok: false; errors: FieldError[] };

/** Which of our messages says what is wrong with a field, from zod's issue. */
export function messageKey(issue: z.core.$ZodIssue, raw: Record<string, unknown>): MessageKey {
  const field = String(issue.path[0] ?? '');
  if (field === 'consent') return 'consentRequired';
  if (issue.code === 'custom') return (issue.params?.key as MessageKey) ?? 'invalidChoice';
  if (issue.code === 'invalid_type') return raw[field] === undefined ? 'required' : 'wrongType';
  if (issue.code === 'too_small') return 'required';
  if (issue.code === 'too_big') return 'tooLong';
  if (issue.code === 'invalid_format') return field === 'email' ? 'invalidEmail' : 'invalidChoice';
  return 'invalidChoice';
}

/**
 * Checks a sign-up body. Every problem is reported per field, in the visitor's language, in the
 * shape Strapi uses for validation errors (`path` + `message`).
 */
export function validateSignUp(body: unknown, language: NetworkLanguage): Validated {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: [{ path: [], message: message(language, 'notJson') }] };
  }
  const raw = body as Record<string, unknown>;
  const result = signUpSchema.safeParse(raw);
  const errors: FieldError[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          errors.push({ path: [key], message: message(language, 'unknownField') });
        }
        continue;
      }
      const key = messageKey(issue, raw);
      const max = issue.code === 'too_big' ? Number(issue.maximum) : 0;
      errors.push({
        path: [String(issue.path[0] ?? '')],
        message: message(language, key, { max }),
      });
    }
  } else if (result.data.consentVersion !== CONSENT.version) {
    errors.push({ path: ['consentVersion'], message: message(language, 'consentOutdated') });
  }
  // One message per field is enough for a form.
  const unique = [...new Map(errors.map((error) => [error.path.join('.'), error])).values()];
  return unique.length || !result.success
    ? { ok: false, errors: unique }
    : { ok: true, value: result.data };
}

/** The visitor's language for messages: an explicit choice, else their browser's, else English. */
export function pickLanguage(...candidates: unknown[]): NetworkLanguage {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const code = candidate.trim().slice(0, 2).toLowerCase();
    if ((NETWORK_LANGUAGES as string[]).includes(code)) return code as NetworkLanguage;
  }
  return 'en';
}
