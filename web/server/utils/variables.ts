/** Why a `variables` query parameter was refused; mapped to HTTP 400 by the caller. */
export class InvalidVariablesError extends Error {}

/**
 * Parses the `variables` query parameter of a CMS operation: absent or a JSON object, nothing else.
 */
export function parseVariables(raw: unknown): Record<string, unknown> {
  if (raw === undefined || raw === '') return {};
  if (typeof raw !== 'string') throw new InvalidVariablesError('variables must be given once');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new InvalidVariablesError('variables must be valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InvalidVariablesError('variables must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}
