import { describe, expect, it } from 'vitest';
import { serialiseJsonLd } from '../../shared/utils/json-ld';

describe('JSON-LD serialisation', () => {
  it('keeps an editor\'s "</script>" inside the JSON instead of closing the element', () => {
    const json = serialiseJsonLd({ headline: 'A </script><script>alert(1)</script> title' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: 'A </script><script>alert(1)</script> title' });
  });
});
