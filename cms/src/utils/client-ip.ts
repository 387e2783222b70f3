import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/** Loopback only: the site's server relays forms from the same machine in the embedded default. */
const DEFAULT_TRUSTED_PROXIES = 'loopback';

let compiled: { list: string; trust: ReturnType<typeof proxyaddr.compile> } | undefined;

/**
 * The proxies whose X-Forwarded-For is believed: `TRUSTED_PROXIES`, comma-separated addresses,
 * CIDRs or proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`). Throws a clear error on
 * an invalid entry (checked at start by assertTrustedProxies).
 */
function trust() {
  const list = process.env.TRUSTED_PROXIES?.trim() || DEFAULT_TRUSTED_PROXIES;
  if (compiled?.list !== list) {
    const entries = list
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    try {
      compiled = { list, trust: proxyaddr.compile(entries) };
    } catch (error) {
      throw new Error(
        `TRUSTED_PROXIES="${list}" is invalid (${(error as Error).message}): use addresses, CIDRs, or loopback/linklocal/uniquelocal.`,
        { cause: error },
      );
    }
  }
  return compiled.trust;
}

export const assertTrustedProxies = (): void => void trust();

/**
 * The visitor's address, for rate limits: the connection's address, unless that is a trusted
 * proxy; then the nearest address in X-Forwarded-For that is not one. A client that forges the
 * header only adds entries to the left of what a trusted proxy appended, and those are never read.
 */
export function clientIp(request: IncomingMessage): string {
  return proxyaddr(request, trust()) || 'unknown';
}
