import type { Core } from '@strapi/strapi';
import { runInBackground } from '../../../../../utils/background';
import { sendMail } from '../lib/mailer';
import { RateLimiter } from '../lib/rate-limit';
import { CONSENT, type NetworkLanguage } from '../lib/consent';
import { confirmationEmail } from '../lib/emails';
import { message, type MessageKey } from '../lib/messages';
import { linkBases, tokenSecret, unsubscribeToken } from '../lib/links';
import { signToken, verifyToken, type TokenPurpose } from '../lib/tokens';
import { validateSignUp, type FieldError, type SignUp } from '../lib/validation';
import { CONTACTS } from '../uids';
import { isUniqueViolation } from '../../../../../utils/error-response';

const TABLE = 'network_contacts';
/** A pending contact gets at most one confirmation email per this period. */
export const CONFIRMATION_COOLDOWN_MS = 15 * 60_000;
const CONFIRMATION_VALIDITY_S = 7 * 24 * 3600;

const perIp = new RateLimiter(
  'sign-up-ip',
  () => Number(process.env.NETWORK_SIGNUP_PER_IP || 10),
  10 * 60_000,
);
const perEmail = new RateLimiter('sign-up-email', 5, 60 * 60_000);

/** A refusal the controller turns into a 4xx with a localized message (and field errors). */
export class SignUpRefused extends Error {
  readonly status: 400 | 413 | 429;
  readonly key: MessageKey;
  readonly fieldErrors: FieldError[];
  readonly retryAfter: number;

  constructor(
    status: 400 | 413 | 429,
    key: MessageKey,
    fieldErrors: FieldError[] = [],
    retryAfter = 0,
  ) {
    super(key);
    this.status = status;
    this.key = key;
    this.fieldErrors = fieldErrors;
    this.retryAfter = retryAfter;
  }
}

interface Contact {
  id: number;
  documentId: string;
  name: string;
  email: string;
  status: 'pending' | 'confirmed' | 'unsubscribed';
  preferredLanguage: NetworkLanguage;
  confirmationSentAt?: string | Date | null;
  unsubscribedAt?: string | Date | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const contacts = () => strapi.db.query(CONTACTS);

  /** Topic slugs → topic documents; refuses the field when one does not exist. */
  async function topicDocuments(slugs: string[] | undefined, language: NetworkLanguage) {
    if (!slugs?.length) return [];
    const rows = (await strapi.db
      .query('api::topic.topic')
      .findMany({ where: { slug: { $in: slugs } }, select: ['documentId', 'slug'] })) as {
      documentId: string;
      slug: string;
    }[];
    const found = new Set(rows.map((row) => row.slug));
    if (slugs.some((slug) => !found.has(slug))) {
      throw new SignUpRefused(400, 'invalidForm', [
        { path: ['interests'], message: message(language, 'invalidTopic') },
      ]);
    }
    return [...new Set(rows.map((row) => row.documentId))];
  }

  /**
   * Claims the right to send a confirmation now: at most one per cooldown, decided by one
   * conditional UPDATE so that concurrent sign-ups cannot both win.
   */
  async function claimConfirmation(id: number): Promise<boolean> {
    const cutoff = new Date(Date.now() - CONFIRMATION_COOLDOWN_MS);
    const updated = await strapi.db
      .connection(TABLE)
      .where({ id })
      .andWhere((query) =>
        query.whereNull('confirmation_sent_at').orWhere('confirmation_sent_at', '<', cutoff),
      )
      .update({ confirmation_sent_at: new Date() });
    return Number(updated) > 0;
  }

  async function sendConfirmation(contact: Contact) {
    const secret = tokenSecret();
    const tokens = {
      confirm: signToken(secret, {
        purpose: 'confirm',
        contact: contact.documentId,
        expires: Math.floor(Date.now() / 1000) + CONFIRMATION_VALIDITY_S,
        issued: Date.now(),
      }),
      unsubscribe: unsubscribeToken(contact.documentId),
    };
    const email = confirmationEmail(contact.preferredLanguage, contact.name, tokens, linkBases());
    await sendMail(strapi, { to: contact.email, ...email });
  }

  /**
   * The confirmation email leaves after the answer: a new address then costs about what a known
   * one costs, so response times do not tell who is in the network (nor does a slow mail server
   * slow the form down).
   */
  function sendInBackground(contact: Contact): void {
    runInBackground(
      () => sendConfirmation(contact),
      (error) =>
        strapi.log.error(`Network confirmation email not sent: ${(error as Error).message}`),
    );
  }

  async function findByEmail(email: string): Promise<Contact | null> {
    return (await contacts().findOne({ where: { email: email.toLowerCase() } })) as Contact | null;
  }

  async function createPending(input: SignUp, interests: string[]): Promise<Contact | null> {
    try {
      const created = await strapi.documents(CONTACTS).create({
        data: {
          name: input.name,
          email: input.email,
          organisation: input.organisation || null,
          position: input.position || null,
          category: input.category,
          country: input.country,
          interests,
          preferredLanguage: input.preferredLanguage,
          consentText: CONSENT.text[input.preferredLanguage],
          consentVersion: CONSENT.version,
          consentedAt: new Date(),
          status: 'pending',
          source: 'website',
          // Set with the row: a concurrent duplicate sign-up sees the email as just sent.
          confirmationSentAt: new Date(),
        } as never,
      });
      return created as unknown as Contact;
    } catch (error) {
      if (isUniqueViolation(error)) return null; // someone else created it first
      throw error;
    }
  }

  return {
    /**
     * Public sign-up. Answers the same whether the email is new or known (no enumeration);
     * never creates a second contact; sends at most one confirmation per cooldown.
     */
    async signUp(body: unknown, ip: string, language: NetworkLanguage): Promise<void> {
      const honeypot = (body as { website?: unknown } | null)?.website;
      if (typeof honeypot === 'string' && honeypot.trim() !== '') {
        throw new SignUpRefused(400, 'honeypot');
      }
      const ipWait = await perIp.take(ip);
      if (ipWait) throw new SignUpRefused(429, 'tooMany', [], ipWait);
      const validated = validateSignUp(body, language);
      if (!validated.ok) throw new SignUpRefused(400, 'invalidForm', validated.errors);
      const input = validated.value;
      const emailWait = await perEmail.take(input.email.toLowerCase());
      if (emailWait) throw new SignUpRefused(429, 'tooMany', [], emailWait);
      const interests = await topicDocuments(input.interests, language);

      const created = (await findByEmail(input.email))
        ? null
        : await createPending(input, interests);
      if (created) return sendInBackground(created);
      const existing = await findByEmail(input.email);
      if (!existing || existing.status === 'confirmed') return;
      if (await claimConfirmation(existing.id)) sendInBackground(existing);
    },

    /** Acts on a signed link: confirm a subscription or unsubscribe. */
    async useToken(token: unknown, purpose: TokenPurpose): Promise<'ok' | MessageKey> {
      const check = verifyToken(tokenSecret(), token, purpose);
      if (!check.ok) return check.reason === 'expired' ? 'expiredToken' : 'invalidToken';
      const contact = (await contacts().findOne({
        where: { documentId: check.contact },
      })) as Contact | null;
      if (!contact) return 'invalidToken';
      const now = new Date();
      if (purpose === 'unsubscribe') {
        if (contact.status !== 'unsubscribed') {
          await contacts().update({
            where: { id: contact.id },
            data: { status: 'unsubscribed', unsubscribedAt: now },
          });
        }
        return 'ok';
      }
      if (contact.status === 'confirmed') return 'ok';
      if (!isLatestConfirmation(check.issued, contact)) return 'invalidToken';
      await contacts().update({
        where: { id: contact.id },
        data: {
          status: 'confirmed',
          confirmedAt: now,
          // Re-joining after unsubscribing: the consent given now is the one that counts.
          ...(contact.status === 'unsubscribed'
            ? {
                consentText: CONSENT.text[contact.preferredLanguage],
                consentVersion: CONSENT.version,
                consentedAt: now,
              }
            : {}),
        },
      });
      return 'ok';
    },
  };
};

/**
 * A confirmation link answers the latest sign-up only: it must be at least as new as the last
 * confirmation email, and newer than any unsubscription. Replaying an old link after
 * unsubscribing neither subscribes the person again nor rewrites their consent; signing up again
 * sends a new link. Links made before they carried their issue time work while still pending.
 */
function isLatestConfirmation(issued: number | undefined, contact: Contact): boolean {
  if (issued === undefined) return contact.status === 'pending';
  const time = (value: string | Date | null | undefined) => (value ? new Date(value).getTime() : 0);
  // The email is marked sent just before its link is made; a second covers clock rounding.
  return issued + 1000 >= time(contact.confirmationSentAt) && issued > time(contact.unsubscribedAt);
}
