import type { Core } from '@strapi/strapi';
import { submissionStore } from '../lib/submission-store';
import { safeFileName } from '../lib/file-name';
import { toCsv } from '../lib/csv';
import { CONTACTS, DELIVERIES, SUBMISSIONS } from '../uids';

type Context = Parameters<Core.MiddlewareHandler>[0];
interface Contact {
  documentId: string;
  name: string;
  email: string;
  organisation: string | null;
  position: string | null;
  category: string;
  country: string | null;
  preferredLanguage: string;
  status: string;
  consentText: string;
  consentVersion: string;
  consentedAt: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
  source: string | null;
  createdAt: string;
  interests?: { slug: string; title: string }[];
}

const FILTERS = {
  status: /^(pending|confirmed|unsubscribed)$/,
  category: /^[a-z_]{2,40}$/,
  country: /^[A-Z]{2}$/,
  interest: /^[a-z0-9][a-z0-9-]{0,99}$/,
};

const CSV_COLUMNS = [
  'name',
  'email',
  'organisation',
  'position',
  'category',
  'country',
  'interests',
  'preferredLanguage',
  'status',
  'consentVersion',
  'consentedAt',
  'confirmedAt',
  'unsubscribedAt',
  'source',
  'createdAt',
] as const;

/**
 * Tools for network managers, behind the plugin's admin routes (admin login and role permissions
 * apply): the contact list as CSV (with the list's filters), everything held about one person
 * (right of access), erasing a person with their delivery history (right to be forgotten), and a
 * shared report's PDF.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const contacts = () => strapi.documents(CONTACTS);

  async function exportCsv(ctx: Context) {
    const filters: Record<string, unknown> = {};
    for (const [name, pattern] of Object.entries(FILTERS)) {
      const value = ctx.query[name];
      if (value === undefined) continue;
      if (typeof value !== 'string' || !pattern.test(value)) {
        ctx.status = 400;
        ctx.body = { error: { status: 400, message: `Invalid filter "${name}"` } };
        return;
      }
      filters[name === 'interest' ? 'interests' : name] =
        name === 'interest' ? { slug: { $eq: value } } : { $eq: value };
    }
    const rows = (await contacts().findMany({
      filters: filters as never, // built from the allow-list above
      sort: 'email:asc',
      populate: { interests: { fields: ['slug', 'title'] } },
      limit: 100_000,
    })) as unknown as Contact[];
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', 'attachment; filename="network-contacts.csv"');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = toCsv(
      [...CSV_COLUMNS],
      rows.map((row) =>
        CSV_COLUMNS.map((column) =>
          column === 'interests'
            ? (row.interests ?? []).map((topic) => topic.slug).join(' ')
            : (row[column] as string | null),
        ),
      ),
    );
  }

  async function findContact(ctx: Context) {
    const contact = (await contacts().findOne({
      documentId: String(ctx.params.documentId),
      populate: { interests: { fields: ['slug', 'title'] } },
    })) as unknown as Contact | null;
    if (!contact) {
      ctx.status = 404;
      ctx.body = { error: { status: 404, message: 'No such contact' } };
    }
    return contact;
  }

  async function exportOne(ctx: Context) {
    const contact = await findContact(ctx);
    if (!contact) return;
    const deliveries = await strapi.db.query(DELIVERIES).findMany({
      where: { contactDocumentId: contact.documentId },
      select: ['publicationDocumentId', 'status', 'sentAt', 'attempts', 'createdAt'],
      orderBy: { id: 'asc' },
    });
    ctx.set('Content-Disposition', `attachment; filename="contact-${contact.documentId}.json"`);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { exportedAt: new Date().toISOString(), contact, deliveries };
  }

  async function erase(ctx: Context) {
    const contact = await findContact(ctx);
    if (!contact) return;
    const deliveries = await strapi.db
      .query(DELIVERIES)
      .deleteMany({ where: { contactDocumentId: contact.documentId } });
    await contacts().delete({ documentId: contact.documentId });
    strapi.log.info(`Network contact ${contact.documentId} erased on request (right to erasure).`);
    ctx.body = { erased: true, deliveries: deliveries.count ?? 0 };
  }

  /** A shared report's PDF, for the team only (it is never in the public folder). */
  async function submissionFile(ctx: Context) {
    const submission = (await strapi.db
      .query(SUBMISSIONS)
      .findOne({ where: { documentId: String(ctx.params.documentId) } })) as {
      storedAs: string;
      fileName: string;
    } | null;
    const file =
      submission && /^[\w-]+\.pdf$/.test(submission.storedAs)
        ? await submissionStore().open(submission.storedAs)
        : null;
    if (!submission || !file) {
      ctx.status = 404;
      ctx.body = { error: { status: 404, message: 'No such submission' } };
      return;
    }
    // Koa's attachment() writes RFC 6266 / 5987 headers (a Latin-1 fallback and `filename*`);
    // names kept before the intake cleaned them may still hold CR/LF, so clean again.
    ctx.attachment(safeFileName(submission.fileName));
    ctx.set('Content-Type', 'application/pdf');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = file;
  }

  return { exportCsv, exportOne, erase, submissionFile };
};
