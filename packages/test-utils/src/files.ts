/** The smallest file the CMS accepts as a PDF (it checks the "%PDF-" signature). */
export const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n',
);
