import { readMultipartFormData } from 'h3';

/**
 * Sends the "share a report" form: from the browser through the site's relay, or — for a plain
 * POST without JavaScript — while rendering, straight to the CMS on the visitor's behalf.
 */
export function useShareReport() {
  const { locale, t } = useI18n();
  const event = useRequestEvent();
  const config = useRuntimeConfig();
  const answer = useState<CmsFormAnswer | null>('share-report', () => null);
  const sending = ref(false);

  const settle = (status: number, body: unknown) => {
    answer.value = readCmsFormAnswer(status, body, t('error.unavailable'));
  };

  /** From the browser: the form's own FormData, file included. */
  async function send(form: FormData) {
    sending.value = true;
    try {
      const response = await $fetch.raw('/api/reports/submit', {
        method: 'POST',
        query: { locale: locale.value },
        body: form,
        ignoreResponseError: true,
      });
      settle(response.status, response._data);
    } catch {
      settle(503, null);
    } finally {
      sending.value = false;
    }
  }

  /** During SSR of a plain POST: forwards the posted form; returns what was typed, to show again. */
  async function handlePosted(): Promise<Record<string, string> | null> {
    if (!import.meta.server || event?.method !== 'POST') return null;
    const parts = (await readMultipartFormData(event).catch(() => undefined)) ?? [];
    const result = await submitReport({
      cmsUrl: config.cmsUrl,
      locale: locale.value,
      parts,
      visitorIp: visitorIp(event, config.trustedProxies),
    });
    if (result) settle(result.status, result.body);
    else settle(503, null);
    return Object.fromEntries(
      parts
        .filter((part) => part.name && part.filename === undefined)
        .map((part) => [part.name!, new TextDecoder().decode(part.data)]),
    );
  }

  return { answer, sending, send, handlePosted };
}
