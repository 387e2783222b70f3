import { createHash, randomUUID } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { sendError } from '../../../../../utils/error-response';
import { sendMail } from '../lib/mailer';
import { submissionAckEmail } from '../lib/emails';
import { message, type MessageKey } from '../lib/messages';
import { safeFileName } from '../lib/file-name';
import { maxFileMegabytes, type IntakeRefusal } from '../lib/limits';
import { submissionStore } from '../lib/submission-store';
import { SUBMISSIONS } from '../uids';
import { messageKey, pickLanguage, plainText, type FieldError } from '../lib/validation';

type Context = Parameters<Core.MiddlewareHandler>[0];
interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

const fields = z.strictObject({
  name: plainText(200).pipe(z.string().min(1)),
  email: z.string().trim().max(254).pipe(z.email()),
  title: plainText(300).pipe(z.string().min(1)),
  note: z.string().trim().max(4000).optional(),
  website: z.string().max(200).optional(),
});

/** A PDF starts with "%PDF-": checked on the content, whatever the name or type claims. */
async function isPdf(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    return bytesRead === 5 && buffer.toString('latin1') === '%PDF-';
  } finally {
    await handle.close();
  }
}

function refuse(
  ctx: Context,
  status: 400 | 413 | 429,
  language: 'en' | 'fr',
  key: MessageKey,
  fieldErrors: FieldError[] = [],
  values: Record<string, string | number> = {},
) {
  sendError(ctx, { status, message: message(language, key, values), fieldErrors });
}

export default {
  /** POST /api/reports/submit (multipart): name, email, title, note, file (PDF). */
  async submit(ctx: Context) {
    const body = (ctx.request.body ?? {}) as Record<string, unknown>;
    const files = (ctx.request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files;
    const upload = files?.file;
    const file = Array.isArray(upload) ? upload[0] : upload;
    const language = pickLanguage(ctx.query.locale, ctx.get('accept-language'));
    // The intake (lib/intake.ts) has already counted the visitor and applied the limits.
    const refusal = ctx.state.intakeRefusal as IntakeRefusal | undefined;
    if (refusal?.reason === 'tooMany') {
      ctx.set('Retry-After', String(refusal.retryAfter));
      return refuse(ctx, 429, language, 'tooMany');
    }
    if (refusal?.reason === 'fileTooLarge') {
      return refuse(ctx, 413, language, 'fileTooLarge', [], { max: maxFileMegabytes() });
    }
    if (refusal) {
      return refuse(
        ctx,
        400,
        language,
        refusal.reason === 'tooManyParts' ? 'tooManyParts' : 'invalidForm',
      );
    }
    if (typeof body.website === 'string' && body.website.trim()) {
      return refuse(ctx, 400, language, 'honeypot');
    }
    const parsed = fields.safeParse(body);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) =>
        issue.code === 'unrecognized_keys'
          ? { path: [issue.keys[0] ?? ''], message: message(language, 'unknownField') }
          : {
              path: [String(issue.path[0] ?? '')],
              message: message(language, messageKey(issue, body), {
                max: issue.code === 'too_big' ? Number(issue.maximum) : 0,
              }),
            },
      );
      return refuse(ctx, 400, language, 'invalidForm', errors);
    }
    if (!file) {
      return refuse(ctx, 400, language, 'invalidForm', [
        { path: ['file'], message: message(language, 'fileRequired') },
      ]);
    }
    if (!(await isPdf(file.filepath))) {
      return refuse(ctx, 400, language, 'invalidForm', [
        { path: ['file'], message: message(language, 'notPdf') },
      ]);
    }

    const storedAs = `${randomUUID()}.pdf`;
    await submissionStore().save(storedAs, file.filepath);
    const sha256 = createHash('sha256')
      .update(await readFile(file.filepath))
      .digest('hex');
    const { name, email, title, note } = parsed.data;
    await strapi.db.query(SUBMISSIONS).create({
      data: {
        name,
        email: email.toLowerCase(),
        title,
        note: note || null,
        fileName: safeFileName(file.originalFilename),
        fileSize: file.size,
        fileSha256: sha256,
        storedAs,
        status: 'new',
      },
    });
    await sendMail(strapi, { to: email, ...submissionAckEmail(language, name, title) });
    ctx.status = 202;
    ctx.body = { data: { status: 'accepted', message: message(language, 'submissionAccepted') } };
  },
};
