import { readRawBody } from 'h3';

export interface NetworkAnswer {
  status: number;
  message: string;
  /** One message per field, from the CMS's validation. */
  fieldErrors: Record<string, string>;
}

interface CmsAnswer {
  data?: { message?: string } | null;
  error?: { message?: string; details?: { errors?: Array<{ path: string[]; message: string }> } };
}

const toAnswer = (status: number, body: CmsAnswer | null | undefined): NetworkAnswer => ({
  status,
  message: body?.data?.message ?? body?.error?.message ?? '',
  fieldErrors: Object.fromEntries(
    (body?.error?.details?.errors ?? []).map((error) => [error.path[0] ?? '', error.message]),
  ),
});

/**
 * Sends a network action (sign-up, confirm, unsubscribe) through the site's relay, from the
 * browser or, for a plain form POST without JavaScript, during server rendering.
 */
export function useNetworkAction(action: 'sign-up' | 'confirm' | 'unsubscribe') {
  const { locale, t } = useI18n();
  const event = useRequestEvent();
  const config = useRuntimeConfig();
  const answer = useState<NetworkAnswer | null>(`network:${action}`, () => null);
  const sending = ref(false);

  const unavailable = () => ({ status: 503, message: t('error.unavailable'), fieldErrors: {} });

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
        answer.value = result ? toAnswer(result.status, result.body as CmsAnswer) : unavailable();
      } else {
        const response = await $fetch.raw<CmsAnswer>(`/api/network/${action}`, {
          method: 'POST',
          query: { locale: locale.value },
          body,
          ignoreResponseError: true,
        });
        answer.value = toAnswer(response.status, response._data);
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
