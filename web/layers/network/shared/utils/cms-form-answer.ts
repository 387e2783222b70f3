/** What the CMS answered to a form (network sign-up and links, shared reports). */
export interface CmsFormAnswer {
  status: number;
  message: string;
  /** One message per field, from the CMS's validation. */
  fieldErrors: Record<string, string>;
}

interface CmsAnswerBody {
  data?: { message?: string } | null;
  error?: { message?: string; details?: { errors?: Array<{ path: string[]; message: string }> } };
}

/** Reads a CMS answer's status and body; `fallbackMessage` when the body says nothing. */
export function readCmsFormAnswer(
  status: number,
  body: unknown,
  fallbackMessage = '',
): CmsFormAnswer {
  const parsed = body as CmsAnswerBody | null | undefined;
  return {
    status,
    message: parsed?.data?.message ?? parsed?.error?.message ?? fallbackMessage,
    fieldErrors: Object.fromEntries(
      (parsed?.error?.details?.errors ?? []).map((error) => [error.path[0] ?? '', error.message]),
    ),
  };
}
