import { buildSchema, findBreakingChanges, type BreakingChange } from 'graphql';

export interface AcknowledgedChange {
  description: string;
  /** Why partners can live with it, or how they were told. */
  reason: string;
}

/**
 * Breaking changes between the released public schema and the current snapshot that nobody
 * acknowledged. A breaking change must be listed in breaking-changes.acknowledged.json (with a
 * reason) until the next `pnpm schema:release`.
 */
export function unacknowledgedBreakingChanges(
  releasedSdl: string,
  currentSdl: string,
  acknowledged: readonly AcknowledgedChange[],
): BreakingChange[] {
  const known = new Set(acknowledged.map((change) => change.description));
  return findBreakingChanges(buildSchema(releasedSdl), buildSchema(currentSdl)).filter(
    (change) => !known.has(change.description),
  );
}
