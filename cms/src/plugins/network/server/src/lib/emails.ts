import type { NetworkLanguage } from './consent';

/** Where the links in network emails lead: the site's pages, and the CMS for one-click unsubscribe. */
export interface LinkBases {
  siteUrl: string;
  cmsUrl: string;
}

const SITE_PATHS = {
  en: {
    confirm: '/network/confirm',
    unsubscribe: '/network/unsubscribe',
    publication: '/publications',
  },
  fr: {
    confirm: '/fr/reseau/confirmation',
    unsubscribe: '/fr/reseau/desabonnement',
    publication: '/fr/publications',
  },
} as const;

const TEXTS = {
  en: {
    greeting: (name: string) => `Dear ${name},`,
    unsubscribe: 'Unsubscribe:',
    confirmSubject: 'Confirm your subscription to the MDLE network',
    confirmBody:
      'Thank you for joining the network of the Modernising Drug Law Enforcement project. To receive our publications, please confirm your email address (the link is valid for 7 days):',
    confirmIgnore: 'If you did not ask for this, ignore this email: nothing will be sent to you.',
    publicationSubject: (title: string) => `New from MDLE: ${title}`,
    publicationIntro: 'The Modernising Drug Law Enforcement project has published:',
    by: (names: string) => `By ${names}`,
    read: 'Read it online:',
  },
  fr: {
    greeting: (name: string) => `Bonjour ${name},`,
    unsubscribe: 'Se désabonner :',
    confirmSubject: 'Confirmez votre inscription au réseau MDLE',
    confirmBody:
      'Merci de rejoindre le réseau du projet Modernising Drug Law Enforcement. Pour recevoir nos publications, confirmez votre adresse électronique (le lien est valable 7 jours) :',
    confirmIgnore:
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce courriel : rien ne vous sera envoyé.",
    publicationSubject: (title: string) => `Nouveau dans MDLE : ${title}`,
    publicationIntro: 'Le projet Modernising Drug Law Enforcement a publié :',
    by: (names: string) => `Par ${names}`,
    read: 'À lire en ligne :',
  },
} as const;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A paragraph of text, or a link on its own line after an optional lead-in. */
type Part = string | { lead: string; url: string };

/**
 * Every network email has the same frame: greeting, parts, and an unsubscribe link in the body and
 * in the RFC 8058 headers (mail clients offer "unsubscribe" and POST to it in one click).
 */
function networkEmail(
  language: NetworkLanguage,
  name: string,
  subject: string,
  parts: Part[],
  unsubscribeToken: string,
  links: LinkBases,
) {
  const texts = TEXTS[language];
  const unsubscribeUrl = `${links.siteUrl}${SITE_PATHS[language].unsubscribe}?token=${unsubscribeToken}`;
  const oneClickUrl = `${links.cmsUrl}/api/network/unsubscribe?token=${unsubscribeToken}`;
  const all: Part[] = [texts.greeting(name), ...parts];
  const text = [
    ...all.map((part) => (typeof part === 'string' ? part : `${part.lead}\n${part.url}`)),
    `${texts.unsubscribe} ${unsubscribeUrl}`,
  ].join('\n\n');
  const link = (url: string) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
  const html = [
    ...all.map((part) =>
      typeof part === 'string'
        ? `<p>${escapeHtml(part)}</p>`
        : `<p>${escapeHtml(part.lead)}<br>${link(part.url)}</p>`,
    ),
    `<p><small>${escapeHtml(texts.unsubscribe)} ${link(unsubscribeUrl)}</small></p>`,
  ].join('\n');
  return {
    subject,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${oneClickUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

/** The double opt-in email, in the person's language. */
export function confirmationEmail(
  language: NetworkLanguage,
  name: string,
  tokens: { confirm: string; unsubscribe: string },
  links: LinkBases,
) {
  const texts = TEXTS[language];
  const confirmUrl = `${links.siteUrl}${SITE_PATHS[language].confirm}?token=${tokens.confirm}`;
  return networkEmail(
    language,
    name,
    texts.confirmSubject,
    [{ lead: texts.confirmBody, url: confirmUrl }, texts.confirmIgnore],
    tokens.unsubscribe,
    links,
  );
}

/** Acknowledges a report shared with the project (the sender is not on any list). */
export function submissionAckEmail(language: NetworkLanguage, name: string, title: string) {
  const texts = {
    en: {
      subject: 'We received your report',
      body: `Thank you for sharing "${title}" with the Modernising Drug Law Enforcement project. The team will read it and may get back to you.`,
    },
    fr: {
      subject: 'Nous avons reçu votre rapport',
      body: `Merci d'avoir partagé « ${title} » avec le projet Modernising Drug Law Enforcement. L'équipe le lira et pourra revenir vers vous.`,
    },
  }[language];
  const greeting = TEXTS[language].greeting(name);
  return {
    subject: texts.subject,
    text: `${greeting}\n\n${texts.body}`,
    html: `<p>${escapeHtml(greeting)}</p>\n<p>${escapeHtml(texts.body)}</p>`,
  };
}

export interface PublicationSummary {
  title: string;
  slug: string;
  abstract: string | null;
  authors: string[];
}

/** A new publication, announced to a confirmed contact in their language. */
export function publicationEmail(
  language: NetworkLanguage,
  name: string,
  publication: PublicationSummary,
  unsubscribeToken: string,
  links: LinkBases,
) {
  const texts = TEXTS[language];
  const url = `${links.siteUrl}${SITE_PATHS[language].publication}/${publication.slug}`;
  const parts: Part[] = [texts.publicationIntro, publication.title];
  if (publication.authors.length) parts.push(texts.by(publication.authors.join(', ')));
  if (publication.abstract) parts.push(publication.abstract);
  parts.push({ lead: texts.read, url });
  return networkEmail(
    language,
    name,
    texts.publicationSubject(publication.title),
    parts,
    unsubscribeToken,
    links,
  );
}
