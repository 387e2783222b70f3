/** The shape of Strapi "blocks" rich text, as far as the site renders it. */
export interface BlockNode {
  type: 'paragraph' | 'heading' | 'list' | 'list-item' | 'quote' | 'link' | 'text' | string;
  text?: string;
  bold?: boolean;
  italic?: boolean;
  url?: string;
  level?: number;
  format?: 'ordered' | 'unordered';
  children?: BlockNode[];
}

/** A link target the site will render: web and mail links only (no javascript:, data:…). */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, 'https://placeholder.invalid');
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
