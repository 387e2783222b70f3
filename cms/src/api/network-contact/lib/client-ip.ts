/**
 * The visitor's address for rate limiting. Behind proxies (the site's server, a load balancer),
 * only the configured number of them is trusted: the address is read that many hops from the
 * right of X-Forwarded-For, so a client cannot pick its own by sending the header itself.
 */
export function clientIp(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  if (trustedProxies <= 0 || !forwardedFor) return socketAddress ?? 'unknown';
  const hops = [forwardedFor]
    .flat()
    .join(',')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops[hops.length - trustedProxies] ?? hops[0] ?? socketAddress ?? 'unknown';
}
