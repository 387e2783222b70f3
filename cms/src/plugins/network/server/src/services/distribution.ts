import type { Core } from '@strapi/strapi';
import { sendMail } from '../lib/mailer';
import { NETWORK_LANGUAGES, type NetworkLanguage } from '../lib/consent';
import { publicationEmail } from '../lib/emails';
import { linkBases, unsubscribeToken } from '../lib/links';
import { CONTACTS, DELIVERIES, DISTRIBUTIONS } from '../uids';
import { isUniqueViolation } from '../../../../../utils/error-response';

const PUBLICATIONS = 'api::publication.publication';
/** A failed email is retried this many times (across batches) before it counts as failed. */
const MAX_ATTEMPTS = 3;
/**
 * How long a worker's claim on a delivery lasts. A worker that dies while sending (a crash,
 * kill -9) leaves its deliveries in `sending`; once the claim lapses another worker takes them back.
 */
const CLAIM_LEASE_MS = 10 * 60_000;

interface Contact {
  documentId: string;
  name: string;
  email: string;
  status: string;
  preferredLanguage: NetworkLanguage;
  interests?: { documentId: string }[];
}
interface Delivery {
  id: number;
  publicationDocumentId: string;
  contactDocumentId: string;
  attempts: number;
}

/**
 * Sending new publications to the network. When a publication is published for the first time,
 * one distribution and one delivery per matching confirmed contact are written to the database
 * (a unique index makes a second delivery of the same publication to the same person impossible);
 * batches then send them, so the work survives a restart.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Queues a publication for the network, once in its life. Returns the recipients queued. */
  async queuePublication(documentId: string): Promise<number> {
    const existing = await strapi.db
      .query(DISTRIBUTIONS)
      .findOne({ where: { publicationDocumentId: documentId } });
    if (existing) return 0;
    const publication = (await strapi.documents(PUBLICATIONS).findOne({
      documentId,
      status: 'published',
      populate: { topics: { fields: ['documentId'] } },
    })) as { title: string; topics?: { documentId: string }[] } | null;
    if (!publication) return 0;

    const topics = new Set((publication.topics ?? []).map((topic) => topic.documentId));
    const confirmed = (await strapi.documents(CONTACTS).findMany({
      filters: { status: 'confirmed' },
      populate: { interests: { fields: ['documentId'] } },
      limit: 100_000,
    })) as unknown as Contact[];
    // Contacts who chose no interest receive everything.
    const recipients = confirmed.filter(
      (contact) =>
        !contact.interests?.length ||
        contact.interests.some((topic) => topics.has(topic.documentId)),
    );

    // The distribution and its deliveries appear together (one transaction): a batch never
    // sees half a queue, and a concurrent publish fails on the unique distribution instead.
    try {
      await strapi.db.transaction(async () => {
        await strapi.db.query(DISTRIBUTIONS).create({
          data: {
            publicationDocumentId: documentId,
            publicationTitle: publication.title,
            recipients: recipients.length,
            queuedAt: new Date(),
            ...(recipients.length
              ? { status: 'queued' }
              : { status: 'done', finishedAt: new Date() }),
          },
        });
        for (const contact of recipients) {
          await strapi.db.query(DELIVERIES).create({
            data: { publicationDocumentId: documentId, contactDocumentId: contact.documentId },
          });
        }
      });
    } catch (error) {
      if (isUniqueViolation(error)) return 0; // published twice at once: the other one queued it
      throw error;
    }
    return recipients.length;
  },

  /** Sends up to `limit` queued emails; returns how many this worker sent or settled. */
  async sendBatch(limit = 50): Promise<number> {
    const claimed = await this.claimBatch(limit);
    for (const delivery of claimed) await this.deliver(delivery);
    if (claimed.length) await this.updateStatuses();
    return claimed.length;
  },

  /**
   * Takes up to `limit` queued deliveries for this worker, in one statement: however many CMS
   * replicas run their workers, each delivery is claimed by exactly one. On PostgreSQL the rows
   * another worker is claiming at that moment are skipped (`FOR UPDATE SKIP LOCKED`), so
   * workers take disjoint batches instead of waiting for each other; SQLite has one writer.
   */
  async claimBatch(limit: number): Promise<Delivery[]> {
    const table = () => strapi.db.connection('network_deliveries');
    const now = Date.now();
    await table()
      .where({ status: 'sending' })
      .andWhere('claim_expires_at', '<', now)
      .update({ status: 'queued' });
    const next = table().select('id').where({ status: 'queued' }).orderBy('id').limit(limit);
    if (strapi.db.dialect.client === 'postgres') next.forUpdate().skipLocked();
    const rows = (await table()
      .whereIn('id', next)
      .update({ status: 'sending', claim_expires_at: now + CLAIM_LEASE_MS }, [
        'id',
        'publication_document_id',
        'contact_document_id',
        'attempts',
      ])) as Array<{
      id: number;
      publication_document_id: string;
      contact_document_id: string;
      attempts: number | null;
    }>;
    return rows.map((row) => ({
      id: row.id,
      publicationDocumentId: row.publication_document_id,
      contactDocumentId: row.contact_document_id,
      attempts: Number(row.attempts ?? 0),
    }));
  },

  async deliver(delivery: Delivery): Promise<void> {
    const deliveries = strapi.db.query(DELIVERIES);
    const contact = (await strapi.db
      .query(CONTACTS)
      .findOne({ where: { documentId: delivery.contactDocumentId } })) as Contact | null;
    // Unsubscribed (or erased) since it was queued: nothing is sent.
    if (!contact || contact.status !== 'confirmed') {
      await deliveries.update({ where: { id: delivery.id }, data: { status: 'skipped' } });
      return;
    }
    try {
      const language = NETWORK_LANGUAGES.includes(contact.preferredLanguage)
        ? contact.preferredLanguage
        : 'en';
      const publication = await this.inLanguage(delivery.publicationDocumentId, language);
      if (!publication) {
        await deliveries.update({ where: { id: delivery.id }, data: { status: 'skipped' } });
        return;
      }
      const email = publicationEmail(
        language,
        contact.name,
        publication,
        unsubscribeToken(contact.documentId),
        linkBases(),
      );
      await sendMail(strapi, { to: contact.email, ...email });
      await deliveries.update({
        where: { id: delivery.id },
        data: { status: 'sent', sentAt: new Date(), attempts: delivery.attempts + 1 },
      });
    } catch (error) {
      const attempts = delivery.attempts + 1;
      await deliveries.update({
        where: { id: delivery.id },
        data: {
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
          attempts,
          error: String((error as Error)?.message ?? error).slice(0, 500),
        },
      });
    }
  },

  /** The publication as the contact should read it: their language, else the default one. */
  async inLanguage(documentId: string, language: NetworkLanguage) {
    for (const locale of [language, 'en']) {
      const found = (await strapi.documents(PUBLICATIONS).findOne({
        documentId,
        locale,
        status: 'published',
        populate: { authors: { fields: ['name'] } },
      })) as {
        title: string;
        slug: string;
        abstract: string | null;
        authors?: { name: string }[];
      } | null;
      if (found) {
        return {
          title: found.title,
          slug: found.slug,
          abstract: found.abstract,
          authors: (found.authors ?? []).map((author) => author.name),
        };
      }
    }
    return null;
  },

  /** Counts per distribution, for the editors' list; done when nothing is left to send. */
  async updateStatuses(): Promise<void> {
    const open = (await strapi.db
      .query(DISTRIBUTIONS)
      .findMany({ where: { status: 'queued' } })) as {
      id: number;
      publicationDocumentId: string;
    }[];
    for (const distribution of open) {
      const rows = (await strapi.db
        .connection('network_deliveries')
        .where({ publication_document_id: distribution.publicationDocumentId })
        .select('status')
        .count({ count: '*' })
        .groupBy('status')) as { status: string; count: number | string }[];
      const count = (status: string) =>
        Number(rows.find((row) => row.status === status)?.count ?? 0);
      const pending = count('queued') + count('sending');
      await strapi.db.query(DISTRIBUTIONS).update({
        where: { id: distribution.id },
        data: {
          sent: count('sent'),
          failed: count('failed'),
          ...(pending === 0 ? { status: 'done', finishedAt: new Date() } : {}),
        },
      });
    }
  },
});
