import { ProjectDocument } from '@mdle/api-client';

/** The project page (lead, partners, period, objective, workstreams) in the current locale. */
export function useProject() {
  const { locale } = useI18n();
  return useCmsQuery(ProjectDocument, () => ({ locale: locale.value }));
}
