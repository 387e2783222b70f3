/** One part of a posted multipart form, as h3's readMultipartFormData gives it. */
export interface FormPart {
  name?: string;
  filename?: string;
  type?: string;
  data: Uint8Array;
}

/** The text fields of the "share a report" form (the CMS refuses any other). */
const REPORT_FIELDS = new Set(['name', 'email', 'title', 'note', 'website']);

/**
 * Sends a "share a report" form to the CMS on the visitor's behalf, from the site's relay route
 * (server/api/reports/submit.post.ts). Fields and the PDF go through unchanged;
 * the CMS checks them and answers in the visitor's language.
 */
export async function submitReport(options: {
  cmsUrl: string;
  locale: string;
  parts: FormPart[];
  visitorIp: string | undefined;
}): Promise<CmsRelayResult | null> {
  const form = new FormData();
  let fileSent = false;
  for (const part of options.parts) {
    // The CMS's own limits, applied before anything leaves this server: the form's fields and
    // one PDF; other parts are not forwarded.
    const isFile = part.filename !== undefined;
    if (!part.name || (isFile ? part.name !== 'file' || fileSent : !REPORT_FIELDS.has(part.name)))
      continue;
    if (part.filename !== undefined) {
      if (part.data.length === 0) continue; // no file chosen
      const blob = new Blob([new Uint8Array(part.data)], {
        type: part.type || 'application/octet-stream',
      });
      form.append(part.name, blob, part.filename);
      fileSent = true;
    } else {
      form.append(part.name, new TextDecoder().decode(part.data));
    }
  }
  return relayToCms(`${options.cmsUrl}/api/reports/submit?locale=${options.locale}`, {
    body: form,
    visitorIp: options.visitorIp,
    timeoutMs: 60_000,
  });
}

/** What the visitor typed in the form (not the file, nor the trap), to fill it again. */
export function reportValues(parts: FormPart[]): Record<string, string> {
  return Object.fromEntries(
    parts
      .filter((part) => part.name && part.filename === undefined && part.name !== 'website')
      .filter((part) => REPORT_FIELDS.has(part.name!))
      .map((part) => [part.name!, new TextDecoder().decode(part.data)]),
  );
}
