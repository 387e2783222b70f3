import type { Core } from '@strapi/strapi';
import { CONSENT } from '../lib/consent';
import { clientIp } from '../../../../../utils/client-ip';
import { sendError } from '../../../../../utils/error-response';
import { message } from '../lib/messages';
import { CATEGORIES, pickLanguage } from '../lib/validation';
import { SignUpRefused } from '../services/network-sign-up';
import type { TokenPurpose } from '../lib/tokens';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Bodies larger than this are refused before anything else (a sign-up is well under 2 KB). */
const MAX_BODY_BYTES = 8 * 1024;

const service = () => strapi.plugin('network').service('network-sign-up');

const languageOf = (ctx: Context, body?: { preferredLanguage?: unknown }) =>
  pickLanguage(ctx.query.locale, body?.preferredLanguage, ctx.get('accept-language'));

const refuse = (ctx: Context, error: SignUpRefused, language: ReturnType<typeof pickLanguage>) =>
  sendError(ctx, {
    status: error.status,
    message: message(language, error.key),
    fieldErrors: error.fieldErrors,
    retryAfter: error.retryAfter,
  });

export default {
  /**
   * GET /api/network/consent: the consent wording to show next to the checkbox, its version, and
   * the categories a contact chooses from.
   */
  consent(ctx: Context) {
    const language = languageOf(ctx);
    ctx.body = {
      data: {
        version: CONSENT.version,
        language,
        text: CONSENT.text[language],
        categories: CATEGORIES,
      },
    };
  },

  /** POST /api/network/sign-up: the one public write. */
  async signUp(ctx: Context) {
    const body = ctx.request.body as Record<string, unknown> | undefined;
    const language = languageOf(ctx, body);
    try {
      if ((ctx.request.length ?? 0) > MAX_BODY_BYTES) throw new SignUpRefused(413, 'tooLarge');
      await service().signUp(body, clientIp(ctx.req), language);
      ctx.status = 202;
      ctx.body = { data: { status: 'accepted', message: message(language, 'accepted') } };
    } catch (error) {
      if (error instanceof SignUpRefused) return refuse(ctx, error, language);
      throw error;
    }
  },

  confirm: (ctx: Context) => useToken(ctx, 'confirm'),
  unsubscribe: (ctx: Context) => useToken(ctx, 'unsubscribe'),
};

/** POST /api/network/confirm and /api/network/unsubscribe, token in the body or the query. */
async function useToken(ctx: Context, purpose: TokenPurpose) {
  const body = ctx.request.body as { token?: unknown } | undefined;
  const language = languageOf(ctx);
  const outcome = await service().useToken(body?.token ?? ctx.query.token, purpose);
  if (outcome === 'ok') {
    ctx.body = {
      data: {
        status: purpose === 'confirm' ? 'confirmed' : 'unsubscribed',
        message: message(language, purpose === 'confirm' ? 'confirmed' : 'unsubscribed'),
      },
    };
    return;
  }
  sendError(ctx, { status: 400, name: 'InvalidTokenError', message: message(language, outcome) });
}
