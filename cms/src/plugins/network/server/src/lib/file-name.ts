// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * The name the visitor's computer gave the file, kept for the team: no folders (`../`), no
 * control characters (CR/LF), at most 255 characters. The file itself is stored under a UUID.
 */
export function safeFileName(name: string | null | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(CONTROL_CHARACTERS, '').trim().slice(0, 255);
  return clean && clean !== '.' && clean !== '..' ? clean : 'report.pdf';
}
