import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import RichText from '~/components/RichText.vue';

describe('RichText', () => {
  it('renders paragraphs, headings, lists and emphasis as elements', async () => {
    const wrapper = await mountSuspended(RichText, {
      props: {
        blocks: [
          { type: 'heading', level: 2, children: [{ type: 'text', text: 'Title' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'Bold', bold: true }] },
          {
            type: 'list',
            format: 'ordered',
            children: [{ type: 'list-item', children: [{ type: 'text', text: 'First' }] }],
          },
        ],
      },
    });
    expect(wrapper.find('h2').text()).toBe('Title');
    expect(wrapper.find('p strong').text()).toBe('Bold');
    expect(wrapper.find('ol li').text()).toBe('First');
  });

  it('keeps headings within h2–h6, quotes and mail links, and skips unknown nodes', async () => {
    const wrapper = await mountSuspended(RichText, {
      props: {
        blocks: [
          { type: 'heading', level: 1, children: [{ type: 'text', text: 'Too high' }] },
          { type: 'heading', level: 9, children: [{ type: 'text', text: 'Too low' }] },
          { type: 'quote', children: [{ type: 'text', text: 'Quoted', bold: true, italic: true }] },
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                url: 'mailto:info@idpc.net',
                children: [{ type: 'text', text: 'Mail' }],
              },
            ],
          },
          { type: 'video', children: [{ type: 'text', text: 'Unknown' }] },
        ],
      },
    });
    // Vue's placeholders (comments) aside.
    expect(wrapper.find('.rich-text').element.innerHTML.replace(/<!--.*?-->/g, '')).toBe(
      '<h2>Too high</h2><h6>Too low</h6>' +
        '<blockquote><strong><em>Quoted</em></strong></blockquote>' +
        '<p><a href="mailto:info@idpc.net">Mail</a></p>',
    );
  });

  it('never turns CMS text into markup or script links', async () => {
    const wrapper = await mountSuspended(RichText, {
      props: {
        blocks: [
          { type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] },
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                url: 'javascript:alert(1)',
                children: [{ type: 'text', text: 'evil' }],
              },
              { type: 'link', url: 'https://idpc.net', children: [{ type: 'text', text: 'good' }] },
            ],
          },
        ],
      },
    });
    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.text()).toContain('<img src=x onerror=alert(1)>');
    const links = wrapper.findAll('a');
    expect(links.map((link) => link.attributes('href'))).toEqual(['https://idpc.net']);
    expect(wrapper.text()).toContain('evil');
  });
});
