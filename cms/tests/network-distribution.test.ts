import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '@mdle/test-utils/smtp';
import { bootCms, type TestCms } from './harness';

const PUBLICATIONS = 'api::publication.publication';

describe('new publications go to the network once, in each person’s language', () => {
  let cms: TestCms;
  let smtp: TestSmtpServer;
  let publicationId: string;

  /** A network contact, confirmed unless `extra` says otherwise. */
  const addContact = (email: string, extra: Record<string, unknown> = {}) =>
    cms.strapi.documents('plugin::network.network-contact').create({
      data: {
        name: email.split('@')[0],
        email,
        category: 'policy_maker',
        preferredLanguage: 'en',
        consentText: 'text',
        consentVersion: 'test',
        consentedAt: new Date(),
        status: 'confirmed',
        ...extra,
      } as never,
    });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    cms = await bootCms({
      ...smtp.env,
      SITE_PUBLIC_URL: 'https://site.example',
    });
    const topics = cms.strapi.documents('api::topic.topic');
    const lawEnforcement = (await topics.findFirst({
      locale: 'en',
      filters: { slug: 'law-enforcement' },
    }))!;
    const policing = await topics.create({
      locale: 'en',
      data: { title: 'Community policing', slug: 'community-policing' } as never,
    });
    await topics.publish({ documentId: policing.documentId, locale: 'en' });

    const contact = addContact;
    await contact('everything@example.org', { preferredLanguage: 'fr' });
    await contact('matching@example.org', { interests: [lawEnforcement.documentId] });
    await contact('other-topic@example.org', { interests: [policing.documentId] });
    await contact('pending@example.org', { status: 'pending' });
    await contact('gone@example.org', { status: 'unsubscribed' });

    const publications = cms.strapi.documents(PUBLICATIONS);
    const created = await publications.create({
      locale: 'en',
      data: {
        title: 'Policing drug markets: a new report',
        slug: 'policing-drug-markets',
        publicationType: 'report',
        documentLanguage: 'en',
        abstract: 'What changes when police manage markets instead of seizing drugs.',
        topics: [lawEnforcement.documentId],
      } as never,
    });
    publicationId = created.documentId;
    await publications.update({
      documentId: publicationId,
      locale: 'fr',
      data: {
        title: 'Gérer les marchés de la drogue : un nouveau rapport',
        slug: 'gerer-les-marches',
        publicationType: 'report',
        documentLanguage: 'en',
      } as never,
    });
  });
  afterAll(async () => {
    await cms?.stop();
    await smtp?.stop();
  });

  const distributionOf = async (documentId: string) => {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const found = await cms.strapi.db
        .query('plugin::network.distribution')
        .findOne({ where: { publicationDocumentId: documentId } });
      if (found) return found as Record<string, unknown>;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return null;
  };
  const service = () => cms.strapi.plugin('network').service('distribution');
  /** Creates an English publication (a draft) and publishes it; returns its documentId. */
  const publishNew = async (title: string, slug: string, publicationType = 'report') => {
    const publications = cms.strapi.documents(PUBLICATIONS);
    const { documentId } = await publications.create({
      locale: 'en',
      data: { title, slug, publicationType, documentLanguage: 'en' } as never,
    });
    await publications.publish({ documentId, locale: 'en' });
    return documentId;
  };

  it('queues confirmed contacts whose interests match, or who asked for everything', async () => {
    await cms.strapi.documents(PUBLICATIONS).publish({ documentId: publicationId, locale: '*' });
    const distribution = await distributionOf(publicationId);
    expect(distribution).toMatchObject({ status: 'queued', recipients: 2 });
  });

  it('sends one email per recipient, in their language, with an unsubscribe link', async () => {
    expect(await service().sendBatch(50)).toBe(2);
    const inbox = await smtp.waitFor(2);
    expect(inbox.map((mail) => mail.to[0]).sort()).toEqual([
      'everything@example.org',
      'matching@example.org',
    ]);
    const french = inbox.find((mail) => mail.to.includes('everything@example.org'))!;
    expect(french.text).toContain('Gérer les marchés de la drogue : un nouveau rapport');
    expect(french.text).toContain('https://site.example/fr/publications/gerer-les-marches');
    expect(french.text).toMatch(/List-Unsubscribe:\s*<\S+\/api\/network\/unsubscribe\?token=/);
    const english = inbox.find((mail) => mail.to.includes('matching@example.org'))!;
    expect(english.text).toContain('New from MDLE: Policing drug markets: a new report');
    expect(english.text).toContain('What changes when police manage markets');
    expect(english.text).toContain('https://site.example/publications/policing-drug-markets');
    expect(await distributionOf(publicationId)).toMatchObject({ status: 'done', sent: 2 });
  });

  it('never sends the same publication twice, even when it is published again', async () => {
    const publications = cms.strapi.documents(PUBLICATIONS);
    await publications.update({
      documentId: publicationId,
      locale: 'en',
      data: { title: 'Policing drug markets (corrected)' } as never,
    });
    await publications.publish({ documentId: publicationId, locale: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await service().queuePublication(publicationId)).toBe(0);
    expect(await service().sendBatch(50)).toBe(0);
    expect(smtp.inbox).toHaveLength(2);
    // The database itself refuses a second delivery of the same publication to the same person.
    const [delivery] = await cms.strapi.db.query('plugin::network.network-delivery').findMany({});
    await expect(
      cms.strapi.db.connection('network_deliveries').insert({
        document_id: 'duplicate-test',
        publication_document_id: (delivery as { publicationDocumentId: string })
          .publicationDocumentId,
        contact_document_id: (delivery as { contactDocumentId: string }).contactDocumentId,
        status: 'queued',
      }),
    ).rejects.toThrow();
  });

  it('keeps a delivery queued in the database when the mail server is down, and sends it later', async () => {
    const second = await publishNew('A second report', 'a-second-report', 'briefing');
    expect(await distributionOf(second)).toMatchObject({ recipients: 1 });

    await smtp.stop();
    await service().sendBatch(50);
    const [waiting] = (await cms.strapi.db
      .query('plugin::network.network-delivery')
      .findMany({ where: { publicationDocumentId: second } })) as {
      status: string;
      attempts: number;
    }[];
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1 });

    smtp = await startSmtpServer({ port: smtp.port });
    await service().sendBatch(50);
    expect((await smtp.waitFor(1)).map((mail) => mail.to[0])).toEqual(['everything@example.org']);
    expect(await distributionOf(second)).toMatchObject({ status: 'done', sent: 1 });
  });

  it('queues a publication published inside a transaction once it commits, never if it rolls back', async () => {
    const publications = cms.strapi.documents(PUBLICATIONS);
    const distributions = cms.strapi.db.query('plugin::network.distribution');
    const createDraft = async (title: string, slug: string) =>
      (
        await publications.create({
          locale: 'en',
          data: { title, slug, publicationType: 'report', documentLanguage: 'en' } as never,
        })
      ).documentId;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 300));

    const committed = await createDraft('Published with other changes', 'published-with-others');
    await cms.strapi.db.transaction(async () => {
      await publications.publish({ documentId: committed, locale: 'en' });
      await pause(); // the rest of the transaction's work
      // Not queued inside the transaction (its own reads would see it).
      expect(
        await distributions.findOne({ where: { publicationDocumentId: committed } }),
      ).toBeNull();
    });
    expect(await distributionOf(committed)).toMatchObject({
      publicationTitle: 'Published with other changes',
    });

    const rolledBack = await createDraft('Published, then undone', 'published-then-undone');
    await expect(
      cms.strapi.db.transaction(async () => {
        await publications.publish({ documentId: rolledBack, locale: 'en' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await pause();
    expect(
      await distributions.findOne({ where: { publicationDocumentId: rolledBack } }),
    ).toBeNull();
  });

  it('sends each delivery once when several workers run at the same time', async () => {
    for (let index = 0; index < 12; index += 1) await addContact(`reader${index}@example.org`);
    while (await service().sendBatch(50)); // what earlier tests left queued, so the count is ours
    const before = smtp.inbox.length;
    const third = await publishNew('A third report', 'a-third-report');
    const { recipients } = (await distributionOf(third)) as { recipients: number };
    expect(recipients).toBe(13); // the twelve readers and the contact who asked for everything
    // Four workers at once, as four CMS replicas run theirs, each until the queue is empty.
    const worker = async (batch: number) => {
      let handled = 0;
      for (
        let sent = await service().sendBatch(batch);
        sent;
        sent = await service().sendBatch(batch)
      )
        handled += sent;
      return handled;
    };
    const handled = await Promise.all([2, 3, 4, 5].map(worker));
    expect(handled.reduce((sum, count) => sum + count, 0)).toBe(recipients);
    await smtp.waitFor(before + recipients);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const received = smtp.inbox.slice(before).map((mail) => mail.to[0]);
    expect(received).toHaveLength(recipients);
    expect(new Set(received).size).toBe(recipients);
    expect(await distributionOf(third)).toMatchObject({ status: 'done', sent: recipients });
  });

  it('takes back a delivery whose worker died while sending, once its claim has lapsed', async () => {
    const fourth = await publishNew('A fourth report', 'a-fourth-report');
    await distributionOf(fourth);
    // A worker claims the deliveries, then dies: one claim has lapsed, the others have not.
    const claimed = await service().claimBatch(100);
    expect(claimed).toHaveLength(13);
    await cms.strapi.db
      .connection('network_deliveries')
      .where({ id: claimed[0]!.id })
      .update({ claim_expires_at: Date.now() - 1 });
    const before = smtp.inbox.length;
    expect(await service().sendBatch(50)).toBe(1);
    await smtp.waitFor(before + 1);
    const states = (await cms.strapi.db
      .connection('network_deliveries')
      .where({ publication_document_id: fourth })
      .select('status')) as { status: string }[];
    expect(states.filter((row) => row.status === 'sent')).toHaveLength(1);
    expect(states.filter((row) => row.status === 'sending')).toHaveLength(12);
  });

  // Last: it runs the app's shutdown.
  it('a publication published just before shutdown still gets its distribution', async () => {
    const late = await publishNew('Published as the CMS stops', 'published-as-the-cms-stops');
    // The network's own shutdown step (its plugin's destroy, which Strapi runs before closing
    // the database).
    await cms.strapi.plugin('network').service('worker').stop();
    // Looked up once, not polled: shutting down must have waited for the queueing.
    const queued = await cms.strapi.db
      .query('plugin::network.distribution')
      .findOne({ where: { publicationDocumentId: late } });
    expect(queued).toMatchObject({ publicationTitle: 'Published as the CMS stops' });
  });
});
