import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unacknowledgedBreakingChanges } from '../src/breaking-changes';

const read = (name: string) => readFileSync(join(import.meta.dirname, '..', name), 'utf8');

describe('public schema compatibility', () => {
  it('has no breaking change since the released schema that is not acknowledged', () => {
    const changes = unacknowledgedBreakingChanges(
      read('schema.released.graphql'),
      read('schema.graphql'),
      JSON.parse(read('breaking-changes.acknowledged.json')),
    );
    expect(
      changes.map((change) => change.description),
      'Breaking API change: add it with a reason to packages/api-client/breaking-changes.acknowledged.json, or undo it',
    ).toEqual([]);
  });

  it('detects a removed field and accepts it once acknowledged', () => {
    const released = 'type Query { a: String, b: String }';
    const current = 'type Query { a: String }';
    expect(unacknowledgedBreakingChanges(released, current, []).map((c) => c.description)).toEqual([
      'Query.b was removed.',
    ]);
    expect(
      unacknowledgedBreakingChanges(released, current, [
        { description: 'Query.b was removed.', reason: 'unused' },
      ]),
    ).toEqual([]);
  });
});
