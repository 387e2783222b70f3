import { InvalidVariablesError, parseVariables } from '../../utils/variables';

/** `/api/cms/<operation>?variables=<JSON>`: one of the site's reviewed CMS reads, for browsers. */
export default defineEventHandler((event) => {
  let variables: Record<string, unknown>;
  try {
    variables = parseVariables(getQuery(event).variables);
  } catch (error) {
    if (error instanceof InvalidVariablesError) {
      throw createError({ statusCode: 400, statusMessage: error.message });
    }
    throw error;
  }
  return runCmsOperation(event, getRouterParam(event, 'operation') ?? '', variables);
});
