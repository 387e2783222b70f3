import { GraphQLRequestError, operations } from '@mdle/api-client';
import { InvalidVariablesError, parseVariables } from '../../utils/variables';

/**
 * Runs one of the typed GraphQL documents of @mdle/api-client by operation name. Browsers (and
 * SSR, in-process) can only ask for these reviewed operations, never send arbitrary GraphQL.
 */
export default defineEventHandler(async (event) => {
  const name = getRouterParam(event, 'operation') ?? '';
  const document = operations.get(name);
  if (!document) {
    throw createError({ statusCode: 404, statusMessage: `Unknown operation "${name}"` });
  }

  let variables: Record<string, unknown>;
  try {
    variables = parseVariables(getQuery(event).variables);
  } catch (error) {
    if (error instanceof InvalidVariablesError) {
      throw createError({ statusCode: 400, statusMessage: error.message });
    }
    throw error;
  }
  if ('locale' in variables && !isSiteLocale(variables.locale)) {
    throw createError({ statusCode: 400, statusMessage: 'Unknown locale' });
  }

  // An editor's preview reads the version it shows, with its token; nobody else gets the answer.
  const preview = previewOf(event);
  if (preview) markPreviewResponse(event, preview);
  try {
    return await queryCms(document, variables, preview?.token);
  } catch (error) {
    const badInput =
      error instanceof GraphQLRequestError &&
      error.errors.some((item) => item.extensions?.code === 'BAD_USER_INPUT');
    if (badInput) throw createError({ statusCode: 400, statusMessage: 'Invalid variables' });
    console.error(`[cms] ${name} failed: ${(error as Error).message}`);
    throw createError({ statusCode: 503, statusMessage: 'Content temporarily unavailable' });
  }
});
