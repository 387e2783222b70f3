import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { koaBody } from 'koa-body';
import { clientIp } from '../../../../../utils/client-ip';
import {
  REPORT_SUBMIT_PATH,
  submissionParserLimits,
  submissionsPerIp,
  type IntakeRefusal,
} from './limits';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Next = () => Promise<unknown>;
type Middleware = (ctx: Context, next: Next) => Promise<unknown>;
type MiddlewareFactory = (config: unknown, context: { strapi: Core.Strapi }) => Middleware;

/** The one anonymous route that receives files. */
const isReportSubmission = (ctx: Context) =>
  ctx.method === 'POST' && ctx.path === `/api${REPORT_SUBMIT_PATH}`;

/**
 * Request bodies: Strapi's own parser (`strapi::body`, as configured) for every route but the
 * anonymous report submission, whose intake is ours:
 * - the visitor's rate limit is counted before a byte of the body is read;
 * - the multipart parser has the route's limits (one file, the PDF size, the form's fields), not
 *   the generous defaults the editors' uploads need;
 * - every part lands in a folder of its own, removed once the request is answered, whatever
 *   happened (accepted, refused, rate-limited, parser error). Strapi only cleans a field named
 *   "files", so extra parts used to stay on disk.
 * Refusals are left on `ctx.state.intakeRefusal` for the controller to answer in the visitor's
 * language.
 */
export function receiveReportsThroughIntake(strapi: Core.Strapi): void {
  // The middleware registry's documented `extend` throws if strapi::body is ever renamed.
  strapi.get('middlewares').extend('strapi::body', (strapiBody: MiddlewareFactory) => {
    if (typeof strapiBody !== 'function') {
      throw new Error(
        'strapi::body is no longer a middleware factory: check lib/intake.ts of the network plugin.',
      );
    }
    const withIntake: MiddlewareFactory = (config, context) => {
      const parseBody = strapiBody(config, context);
      return (ctx, next) =>
        isReportSubmission(ctx) ? receiveReport(ctx, next) : parseBody(ctx, next);
    };
    return withIntake;
  });
}

async function receiveReport(ctx: Context, next: Next): Promise<void> {
  const refuse = async (refusal: IntakeRefusal) => {
    ctx.state.intakeRefusal = refusal;
    // The unread body is not worth reading: answer, then close the connection.
    ctx.set('Connection', 'close');
    await next();
  };
  const retryAfter = await submissionsPerIp.take(clientIp(ctx.req));
  if (retryAfter) return refuse({ reason: 'tooMany', retryAfter });
  const limits = submissionParserLimits();
  // Room for the form's fields and the multipart framing around the file.
  if ((ctx.request.length ?? 0) > limits.maxTotalFileSize + 64 * 1024) {
    return refuse({ reason: 'fileTooLarge' });
  }

  const uploadDir = await mkdtemp(join(tmpdir(), 'mdle-report-'));
  // Formidable 2 has no file-count limit: only the first part named "file" is written; any other
  // file part is skipped unwritten and refuses the request.
  let reportReceived = false;
  let extraFiles = 0;
  const onlyTheReport = ({ name }: { name: string | null }) => {
    if (name === 'file' && !reportReceived) return (reportReceived = true);
    extraFiles += 1;
    return false;
  };
  try {
    try {
      await koaBody({
        multipart: true,
        urlencoded: false,
        json: false,
        text: false,
        formidable: {
          ...limits,
          uploadDir,
          allowEmptyFiles: true,
          minFileSize: 0,
          filter: onlyTheReport,
        },
      })(ctx as never, async () => {});
      if (extraFiles > 0) return await refuse({ reason: 'tooManyParts' });
    } catch (error) {
      // Formidable answers every limit with HTTP 413; the message says which one.
      const message = String((error as Error).message);
      if (/maxFields/.test(message)) return await refuse({ reason: 'tooManyParts' });
      if ((error as { httpCode?: number }).httpCode === 413)
        return await refuse({ reason: 'fileTooLarge' });
      return await refuse({ reason: 'malformed' });
    }
    await next();
  } finally {
    await rm(uploadDir, { recursive: true, force: true });
  }
}
