import { GraphQLRequestError, operations } from '@mdle/api-client';
import type { H3Event } from 'h3';

/**
 * Runs one of the typed GraphQL documents of @mdle/api-client by operation name, for a browser
 * (api/cms) or for the page being rendered (plugins/site-reads.ts). Only these reviewed
 * operations can be asked for, never arbitrary GraphQL. Errors are HTTP errors: 404 for an
 * unknown operation, 400 for bad variables, 503 when the CMS cannot answer.
 */
export async function runCmsOperation(
  event: H3Event,
  name: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const document = operations.get(name);
  if (!document) {
    throw createError({ statusCode: 404, statusMessage: `Unknown operation "${name}"` });
  }
  if ('locale' in variables && !isSiteLocale(variables.locale)) {
    throw createError({ statusCode: 400, statusMessage: 'Unknown locale' });
  }

  // An editor's preview reads the version it shows, with its token; nobody else gets the answer.
  const preview = previewOf(event);
  if (preview) markPreviewResponse(event, preview);
  try {
    return await queryCms(document, variables, { previewToken: preview?.token, event });
  } catch (error) {
    const badInput =
      error instanceof GraphQLRequestError &&
      error.errors.some((item) => item.extensions?.code === 'BAD_USER_INPUT');
    if (badInput) throw createError({ statusCode: 400, statusMessage: 'Invalid variables' });
    console.error(`[cms] ${name} failed: ${(error as Error).message}`);
    throw createError({ statusCode: 503, statusMessage: 'Content temporarily unavailable' });
  }
}
