import { h, type VNodeChild } from 'vue';

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

/**
 * Rich text as elements, for one render function (components/RichText.vue) rather than a
 * component per node: a report's body has hundreds of nodes, and each component instance cost
 * ~2 µs of the page's render. Text is a child string, which Vue escapes: CMS text never becomes
 * markup.
 */
export function renderBlocks(nodes: readonly BlockNode[]): VNodeChild[] {
  return nodes.map(renderBlock);
}

function renderBlock(node: BlockNode): VNodeChild {
  const children = () => renderBlocks(node.children ?? []);
  switch (node.type) {
    case 'text': {
      const text = node.text ?? '';
      const emphasised = node.italic ? h('em', text) : text;
      return node.bold ? h('strong', [emphasised]) : emphasised;
    }
    case 'link': {
      const href = safeHref(node.url);
      return href ? h('a', { href }, children()) : h('span', children());
    }
    case 'paragraph':
      return h('p', children());
    case 'heading':
      return h(`h${Math.min(Math.max(node.level ?? 2, 2), 6)}`, children());
    case 'list':
      return h(node.format === 'ordered' ? 'ol' : 'ul', children());
    case 'list-item':
      return h('li', children());
    case 'quote':
      return h('blockquote', children());
    default:
      return null;
  }
}
