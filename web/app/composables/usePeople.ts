import { PeopleDocument, PersonBySlugDocument } from '@mdle/api-client';

/** Authors and speakers, by name. */
export function usePeopleList() {
  const { locale } = useI18n();
  return useCmsQuery(PeopleDocument, () => ({ locale: locale.value }));
}

/** One person by the slug in the URL, with their publications and talks. */
export function usePerson() {
  return useCmsEntry(PersonBySlugDocument, (result) => result.people);
}
