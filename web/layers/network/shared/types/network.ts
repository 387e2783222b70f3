/** What the CMS decides in the sign-up form: the consent wording and version, the categories. */
export interface SignUpFormDefinition {
  consent: { version: string; text: string };
  categories: string[];
}
