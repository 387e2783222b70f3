/**
 * The consent a person gives when joining the network, in each language. The text they agreed to
 * and its version are stored with their record; a new wording gets a new version.
 */
export const CONSENT = {
  version: '2026-11',
  text: {
    en: 'I agree that the MDLE project (International Drug Policy Consortium) keeps the details above to send me its publications and invitations by email, in the language I chose. I can unsubscribe at any time with the link in every email, and ask for my data to be exported or erased.',
    fr: "J'accepte que le projet MDLE (International Drug Policy Consortium) conserve les informations ci-dessus pour m'envoyer ses publications et invitations par courriel, dans la langue choisie. Je peux me désabonner à tout moment grâce au lien présent dans chaque courriel, et demander l'export ou l'effacement de mes données.",
  },
} as const;

export type NetworkLanguage = keyof typeof CONSENT.text;
export const NETWORK_LANGUAGES = Object.keys(CONSENT.text) as NetworkLanguage[];
