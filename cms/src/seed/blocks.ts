/**
 * Builders for Strapi "blocks" rich text, so seed files read like the texts they carry.
 */
export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}
type Inline = TextNode | LinkNode;
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 2 | 3; children: TextNode[] }
  | {
      type: 'list';
      format: 'ordered' | 'unordered';
      children: { type: 'list-item'; children: Inline[] }[];
    };

const text = (value: string): TextNode => ({ type: 'text', text: value });

export const paragraph = (value: string): Block => ({ type: 'paragraph', children: [text(value)] });
export const paragraphs = (...values: string[]): Block[] => values.map(paragraph);
export const heading = (value: string, level: 2 | 3 = 2): Block => ({
  type: 'heading',
  level,
  children: [text(value)],
});
export const list = (items: string[], format: 'ordered' | 'unordered' = 'unordered'): Block => ({
  type: 'list',
  format,
  children: items.map((item) => ({ type: 'list-item', children: [text(item)] })),
});
