import { describe, expect, it } from 'vitest';
import { canonicalSearch } from '../../shared/utils/canonical-query';

const BUILD = 'build-1';
const canonical = (path: string, search: string) => canonicalSearch(path, search, BUILD);

describe('canonical query strings', () => {
  it('leaves canonical URLs alone', () => {
    expect(canonical('/publications', 'q=police&type=report&page=2')).toBeUndefined();
    expect(canonical('/api/cms/Publications', 'variables=%7B%7D')).toBeUndefined();
    expect(canonical('/network/confirm', 'token=abc')).toBeUndefined();
    expect(canonical('/publications/_payload.json', `lang=en&_b=${BUILD}`)).toBeUndefined();
  });

  it('drops what a page does not read, and orders and validates what it does', () => {
    expect(canonical('/', 'utm_source=x')).toBe('');
    expect(canonical('/publications', 'type=report&q=police&gclid=1')).toBe('q=police&type=report');
    expect(canonical('/fr/publications', 'page=1&year=20x4')).toBe('');
    expect(canonical('/api/cms/Publications', 'variables=%7B%7D&bust=1')).toBe('variables=%7B%7D');
    expect(canonical('/fr/reseau/confirmation', 'token=abc&x=1')).toBe('token=abc');
    expect(canonical('/publications/_payload.json', 'lang=en&_b=old')).toBe('lang=en');
  });

  it('keeps a search’s words, a known kind and a page past the first, in that order', () => {
    expect(canonical('/search', 'page=2&type=news&q=%20harm%20%20reduction')).toBe(
      'q=harm+reduction&type=news&page=2',
    );
    expect(canonical('/fr/recherche', 'q=police&type=nonsense&fbclid=1')).toBe('q=police');
    // Without words, nothing to keep.
    expect(canonical('/search', 'type=news&page=3')).toBe('');
    expect(canonical('/search', `q=${'x'.repeat(300)}`)).toBe(`q=${'x'.repeat(200)}`);
  });

  it('judges the same parameters the same however they are encoded', () => {
    expect(canonical('/publications', 'q=harm+reduction')).toBeUndefined();
    expect(canonical('/publications', 'q=harm%20reduction')).toBeUndefined();
  });

  it('leaves Nuxt and module routes alone', () => {
    expect(canonical('/_nuxt/app.js', 'v=1')).toBeUndefined();
    expect(canonical('/__nuxt_error', 'statusCode=404')).toBeUndefined();
    expect(canonical('/api/revalidate', 'x=1')).toBeUndefined();
  });
});
