/** The network's public form as the site posts it, for suites that run the CMS as a server. */
export function signUpForNetwork(
  cmsUrl: string,
  reader: { email: string; consentVersion: string; name?: string; forwardedFor?: string },
): Promise<Response> {
  return fetch(`${cmsUrl}/api/network/sign-up?locale=en`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(reader.forwardedFor ? { 'x-forwarded-for': reader.forwardedFor } : {}),
    },
    body: JSON.stringify({
      name: reader.name ?? 'Network Reader',
      email: reader.email,
      organisation: 'Police',
      position: 'Analyst',
      category: 'law_enforcement_officer',
      country: 'FR',
      interests: [],
      preferredLanguage: 'en',
      consent: true,
      consentVersion: reader.consentVersion,
    }),
  });
}
