import type { Core } from '@strapi/strapi';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/**
 * What the log says of an email that could not be sent (no SMTP_HOST). In development the whole
 * message, links included, so the flow can be followed by hand; in production the links' tokens
 * are redacted: a log is read by more people than the recipient, and a token confirms or
 * unsubscribes someone.
 */
export function unsentMailLogLine(mail: Mail, production: boolean): string {
  const text = production ? mail.text.replace(/token=[^\s&>"<]+/g, 'token=[redacted]') : mail.text;
  return `[email, not sent: no SMTP_HOST] to ${mail.to}: ${mail.subject}\n${text}`;
}

/** Sends one email through Strapi's email plugin (or, without SMTP_HOST, logs it). */
export async function sendMail(strapi: Core.Strapi, mail: Mail): Promise<void> {
  await strapi.plugin('email').service('email').send(mail);
  if (!process.env.SMTP_HOST) {
    strapi.log.info(unsentMailLogLine(mail, process.env.NODE_ENV === 'production'));
  }
}
