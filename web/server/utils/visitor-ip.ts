import type { H3Event } from 'h3';
import proxyaddr from 'proxy-addr';

let compiled: { list: string; trust: ReturnType<typeof proxyaddr.compile> } | undefined;

/**
 * The visitor's address, passed on to the CMS for its per-visitor rate limits: the connection's
 * address, unless that is a trusted proxy (`NUXT_TRUSTED_PROXIES`: addresses, CIDRs or
 * loopback/linklocal/uniquelocal); then the nearest X-Forwarded-For entry that is not one. A
 * visitor who forges the header cannot choose the address the CMS counts.
 */
export function visitorIp(event: H3Event, trustedProxies: string): string {
  const list = trustedProxies.trim() || 'loopback';
  if (compiled?.list !== list) {
    const entries = list
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    compiled = { list, trust: proxyaddr.compile(entries) };
  }
  return proxyaddr(event.node.req, compiled.trust) || 'unknown';
}
