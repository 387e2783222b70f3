import type { Core } from '@strapi/strapi';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/**
 * Sends one email through Strapi's email plugin. Without SMTP (local development) the message is
 * written to the log instead, links included, so the whole flow can be followed by hand.
 */
export async function sendMail(strapi: Core.Strapi, mail: Mail): Promise<void> {
  await strapi.plugin('email').service('email').send(mail);
  if (!process.env.SMTP_HOST) {
    strapi.log.info(`[email, not sent: no SMTP_HOST] to ${mail.to}: ${mail.subject}\n${mail.text}`);
  }
}
