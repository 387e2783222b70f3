import { describe, expect, it } from 'vitest';
import { InvalidVariablesError, parseVariables } from '../../server/utils/variables';

describe('parseVariables', () => {
  it('accepts a missing value or a JSON object', () => {
    expect(parseVariables(undefined)).toEqual({});
    expect(parseVariables('')).toEqual({});
    expect(parseVariables('{"locale":"fr"}')).toEqual({ locale: 'fr' });
  });

  it.each([
    ['not JSON', '{locale'],
    ['an array', '["fr"]'],
    ['a string', '"fr"'],
    ['null', 'null'],
    ['repeated parameters', ['{}', '{}']],
  ])('refuses %s with a clear message', (_, raw) => {
    expect(() => parseVariables(raw)).toThrow(InvalidVariablesError);
  });
});
