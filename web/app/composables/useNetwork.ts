import { readRawBody } from 'h3';

/**
 * Sends a network action (sign-up, confirm, unsubscribe) through the site's relay, from the
 * browser or, for a plain form POST without JavaScript, during server rendering.
 */
export function useNetworkAction(action: 'sign-up' | 'confirm' | 'unsubscribe') {
  const { locale, t } = useI18n();
  const event = useRequestEvent();
  const config = useRuntimeConfig();
  const answer = useState<CmsFormAnswer | null>(`network:${action}`, () => null);
  const sending = ref(false);

  const unavailable = () => readCmsFormAnswer(503, null, t('error.unavailable'));

  async function send(body: object) {
    sending.value = true;
    try {
      if (import.meta.server) {
        // Rendering a plain form POST: call the CMS directly, on behalf of the visitor.
        const result = await callNetworkAction({
          cmsUrl: config.cmsUrl,
          action,
          locale: locale.value,
          body,
          visitorIp: event ? visitorIp(event, config.trustedProxies) : undefined,
        });
        answer.value = result ? readCmsFormAnswer(result.status, result.body) : unavailable();
      } else {
        const response = await $fetch.raw(`/api/network/${action}`, {
          method: 'POST',
          query: { locale: locale.value },
          body,
          ignoreResponseError: true,
        });
        answer.value = readCmsFormAnswer(response.status, response._data);
      }
    } catch {
      answer.value = unavailable();
    } finally {
      sending.value = false;
    }
    return answer.value;
  }

  /** During SSR of a POST (no JavaScript): the posted form, read once. */
  async function postedForm(): Promise<URLSearchParams | null> {
    if (!import.meta.server || event?.method !== 'POST') return null;
    const raw = await readRawBody(event).catch(() => undefined);
    return new URLSearchParams(raw ?? '');
  }

  return { answer, sending, send, postedForm };
}
