import type { NetworkLanguage } from './consent';

/** What the sign-up API says, in the visitor's language (the site shows these as they are). */
export const MESSAGES = {
  en: {
    required: 'This field is required.',
    tooLong: 'This is too long (at most {max} characters).',
    invalidEmail: 'Enter a valid email address, like name@example.org.',
    invalidChoice: 'Choose one of the options offered.',
    invalidCountry: 'Choose a country from the list.',
    invalidTopic: 'One of the chosen interests does not exist.',
    invalidText: 'This field cannot contain < or > or control characters.',
    consentRequired: 'Please tick the box to give your consent.',
    consentOutdated: 'The consent wording has changed: reload the page and read it again.',
    unknownField: 'This field is not part of the form.',
    wrongType: 'This value has the wrong type.',
    invalidForm: 'Some fields need your attention.',
    notJson: 'The request body must be a JSON object.',
    honeypot: 'The form could not be accepted.',
    tooLarge: 'The request is too large.',
    tooMany: 'Too many attempts. Please try again in a few minutes.',
    accepted:
      'Thank you. Check your inbox: we sent you an email with a link to confirm your subscription.',
    invalidToken: 'This link is not valid. Copy the whole link from the email, or sign up again.',
    expiredToken: 'This link has expired. Sign up again to receive a new one.',
    confirmed: 'Your subscription is confirmed. Welcome to the MDLE network.',
    unsubscribed: 'You are unsubscribed. You will not receive any more emails from us.',
    submissionAccepted:
      'Thank you: we received your report. We sent you an email to acknowledge it; the team will read it.',
    fileRequired: 'Attach the report as a PDF file.',
    notPdf: 'The file is not a PDF. Attach the report as a PDF file.',
    fileTooLarge: 'The file is too large (at most {max} MB).',
    tooManyParts: 'The form has more parts than expected: send one PDF and the form’s fields.',
  },
  fr: {
    required: 'Ce champ est obligatoire.',
    tooLong: 'Ce texte est trop long ({max} caractères au maximum).',
    invalidEmail: 'Saisissez une adresse électronique valide, comme nom@exemple.org.',
    invalidChoice: 'Choisissez une des options proposées.',
    invalidCountry: 'Choisissez un pays dans la liste.',
    invalidTopic: "Un des centres d'intérêt choisis n'existe pas.",
    invalidText: 'Ce champ ne peut pas contenir < ou > ni de caractères de contrôle.',
    consentRequired: 'Cochez la case pour donner votre consentement.',
    consentOutdated: 'Le texte du consentement a changé : rechargez la page et relisez-le.',
    unknownField: 'Ce champ ne fait pas partie du formulaire.',
    wrongType: "Cette valeur n'a pas le bon type.",
    invalidForm: 'Certains champs sont à corriger.',
    notJson: 'Le corps de la requête doit être un objet JSON.',
    honeypot: "Le formulaire n'a pas pu être accepté.",
    tooLarge: 'La requête est trop volumineuse.',
    tooMany: 'Trop de tentatives. Réessayez dans quelques minutes.',
    accepted:
      'Merci. Consultez votre messagerie : nous vous avons envoyé un lien pour confirmer votre inscription.',
    invalidToken:
      "Ce lien n'est pas valide. Copiez le lien complet depuis le courriel, ou inscrivez-vous à nouveau.",
    expiredToken: 'Ce lien a expiré. Inscrivez-vous à nouveau pour en recevoir un nouveau.',
    confirmed: 'Votre inscription est confirmée. Bienvenue dans le réseau MDLE.',
    unsubscribed: 'Vous êtes désabonné(e). Vous ne recevrez plus de courriels de notre part.',
    submissionAccepted:
      "Merci : nous avons bien reçu votre rapport. Un courriel vous le confirme ; l'équipe le lira.",
    fileRequired: 'Joignez le rapport au format PDF.',
    notPdf: "Le fichier n'est pas un PDF. Joignez le rapport au format PDF.",
    fileTooLarge: 'Le fichier est trop volumineux ({max} Mo au maximum).',
    tooManyParts:
      'Le formulaire contient plus d’éléments que prévu : envoyez un seul PDF et les champs du formulaire.',
  },
} as const satisfies Record<NetworkLanguage, Record<string, string>>;

export type MessageKey = keyof (typeof MESSAGES)['en'];

export function message(
  language: NetworkLanguage,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name] ?? ''),
  );
}
