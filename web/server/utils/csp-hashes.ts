import { createHash } from 'node:crypto';

// Inline scripts the browser would execute: no `src`, and not a data block (JSON payload, JSON-LD).
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_BLOCK = /\btype="application\/(?:ld\+)?json"/i;

/** The CSP source that allows exactly this inline script. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** Hash sources for every executable inline script of an HTML fragment. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes = '', body = '']) => body.trim() && !DATA_BLOCK.test(attributes))
    .map(([, , body = '']) => scriptHashSource(body));
}
