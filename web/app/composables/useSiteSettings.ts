import { SiteSettingsDocument } from '@mdle/api-client';

/** Site name, description and footer in the current locale. */
export function useSiteSettings() {
  const { locale } = useI18n();
  return useCmsQuery(SiteSettingsDocument, () => ({ locale: locale.value }));
}
