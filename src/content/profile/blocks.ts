import type { Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Block, CheerioAPI } from '../types.js';

/** Marks a <br> while a paragraph is read (private-use: never in page text). */
const BR = '\uE000';
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TEXT_BLOCK = new Set(['p', 'pre', 'address', 'dd', 'dt', 'td', 'th', 'caption']);
const CONTAINER = new Set([
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'ul', 'ol', 'li', 'dl', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'figure', 'center', 'form', 'fieldset', 'details', 'nav',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'button', 'select', 'textarea', 'input', 'img', 'video', 'audio', 'picture', 'source']);

/** Whitespace collapsed (nbsp included), <br> read as a space, NFC. */
export function textOf(el: Cheerio<AnyNode>): string {
  let out = '';
  const walk = (nodes: AnyNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') out += (n as unknown as { data: string }).data;
      else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
        const e = n as Element;
        if (SKIP.has(e.name)) continue;
        if (e.name === 'br') out += ' ';
        else {
          const block = HEADING.has(e.name) || TEXT_BLOCK.has(e.name) || CONTAINER.has(e.name);
          if (block) out += ' ';
          walk(e.children);
          if (block) out += ' ';
        }
      }
    }
  };
  walk(el.toArray());
  return collapse(out);
}

function collapse(s: string): string {
  return s.replaceAll(BR, ' ').replace(/\s+/gu, ' ').trim().normalize('NFC');
}

/** A block and the share of its text that is link text (related-news lists are nearly all links). */
export interface ReadBlock extends Block {
  linkRatio: number;
}

/** The element's text blocks in document order: paragraphs, headings, list items, quotes. */
export function collectBlocks($: CheerioAPI, root: Cheerio<Element>): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  const push = (text: string, kind: Block['kind'], el: Element | null) => {
    const linked = el ? collapse($(el).find('a').text()).length : 0;
    blocks.push({ text, kind, linkRatio: text.length > 0 ? Math.min(1, linked / text.length) : 0 });
  };
  const visit = (el: Element, kind: Block['kind']) => {
    let inline = '';
    const flush = () => {
      const t = collapse(inline);
      if (t) push(t, kind, null);
      inline = '';
    };
    for (const n of el.children) {
      if (n.type === 'text') {
        inline += (n as unknown as { data: string }).data;
        continue;
      }
      if (n.type !== 'tag') continue;
      const child = n as Element;
      const name = child.name;
      if (SKIP.has(name)) continue;
      if (name === 'br') {
        // One <br> is a line break inside a paragraph; two in a row separate paragraphs.
        if (/\uE000\s*$/u.test(inline)) flush();
        else inline += BR;
        continue;
      }
      if (HEADING.has(name)) {
        flush();
        const t = textOf($(child));
        if (t) push(t, 'heading', child);
      } else if (TEXT_BLOCK.has(name) && !hasBlockChild(child)) {
        flush();
        const t = textOf($(child));
        if (t) push(t, name === 'td' || name === 'th' ? 'body' : kind, child);
      } else if (CONTAINER.has(name) || TEXT_BLOCK.has(name)) {
        flush();
        visit(child, name === 'blockquote' ? 'quote' : name === 'li' ? 'list' : kind);
      } else {
        inline += ` ${textOf($(child))} `;
      }
    }
    flush();
  };
  for (const el of root.toArray()) visit(el, 'body');
  return blocks;
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => c.type === 'tag' && (HEADING.has((c as Element).name) || CONTAINER.has((c as Element).name) || (c as Element).name === 'p'));
}
