import type { AnyNode, Element } from 'domhandler';
import {
  CAPTION_CLASS, LEAD_CLASS, NEVER_CAPTION, OK_MAYBE, UNLIKELY, UNLIKELY_CORE, UNLIKELY_ROLES,
} from './class-patterns.js';

type RawKind = 'h1' | 'heading' | 'minor-heading' | 'quote' | 'list' | 'body';

/** A run of text between block boundaries, in document order. */
export interface RawBlock {
  text: string;
  len: number;
  linkLen: number;
  /** Text inside <time> elements. */
  timeLen: number;
  /** The innermost block-level element around the text. */
  owner: Element;
  kind: RawKind;
  /** Inside a figure, figcaption or caption-classed element. */
  caption: boolean;
}

export interface CollectOptions {
  /** Skip nav/aside/footer and unlikely-classed containers (off for the second, lenient try). */
  /** 'core': only readability's own unlikely names (a retry when the full list cut the article out). */
  prune: boolean | 'core';
}

export interface Collected {
  blocks: RawBlock[];
  /** Elements whose class/id looks like a standfirst, in document order (at most a few). */
  leadCandidates: Element[];
  /** True when a limit (nodes, depth, text) stopped the walk early. */
  bounded: boolean;
}

export const LIMITS = { nodes: 150_000, depth: 256, chars: 2_000_000, blocks: 20_000 } as const;

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'map', 'picture', 'source',
]);
const NEVER_PRUNED = new Set(['article', 'td', 'tr', 'tbody', 'table']);
const PRUNED = new Set(['nav', 'aside', 'footer', 'dialog', 'menu']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'figure', 'figcaption', 'address', 'form', 'fieldset', 'details', 'summary', 'center', 'caption', 'body', 'html',
  'dialog', 'hr', 'menu', 'legend', 'hgroup', 'search',
]);
const KIND_OF: Record<string, RawKind> = {
  h1: 'h1', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'minor-heading', h6: 'minor-heading',
  blockquote: 'quote', li: 'list', dd: 'list', dt: 'list',
};

/** Class names that hide an element until a script shows it (bootstrap's "hidden", "d-none"). */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none|is-hidden)(?:$|\s)/;
/** Utility classes that show the element again at some width ("hidden md:block", "d-none d-md-block"). */
const SHOWN_AT_SOME_WIDTH = /:|(?:^|\s)d-(?:sm|md|lg|xl|xxl)-|(?:^|\s)visible-/;

function isHidden(attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined) return true;
  const cls = attribs.class;
  if (cls !== undefined && HIDDEN_CLASS.test(cls) && !SHOWN_AT_SOME_WIDTH.test(cls)) return true;
  if (attribs['aria-hidden'] === 'true' && !(attribs.class ?? '').includes('fallback-image')) return true;
  const style = attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * One pass over the DOM: text runs split at block-level elements, with their link text and context.
 * Never mutates the document; bounded by LIMITS.
 */
export function collectBlocks(root: AnyNode, opts: CollectOptions): Collected {
  const blocks: RawBlock[] = [];
  const leadCandidates: Element[] = [];
  let parts: string[] = [];
  let linkLen = 0;
  let timeLen = 0;
  let nodes = 0;
  let chars = 0;
  let bounded = false;
  let linkDepth = 0;
  let timeDepth = 0;
  let captionDepth = 0;
  let lastWasBr = false;
  const owners: Element[] = [];
  const kinds: Array<{ kind: RawKind; el: Element }> = [];

  // Heading kinds hold only for the heading's own text (an unclosed <h2> must not make headings of the article).
  const kindOf = (owner: Element): RawKind => {
    for (let k = kinds.length - 1; k >= 0; k--) {
      const e = kinds[k] as { kind: RawKind; el: Element };
      if (e.kind === 'h1' || e.kind === 'heading' || e.kind === 'minor-heading') {
        if (e.el === owner) return e.kind;
      } else return e.kind;
    }
    return 'body';
  };

  const flush = (): void => {
    if (parts.length > 0) {
      const text = parts.join('').replace(/\s+/g, ' ').trim().normalize('NFC');
      const owner = owners[owners.length - 1];
      if (text && owner) {
        const len = text.length;
        const block = { text, len, linkLen: Math.min(linkLen, len), timeLen: Math.min(timeLen, len), owner };
        blocks.push({ ...block, kind: kindOf(owner), caption: captionDepth > 0 });
        chars += text.length;
      }
    }
    parts = [];
    linkLen = 0;
    timeLen = 0;
    lastWasBr = false;
  };

  const visit = (node: AnyNode, depth: number): void => {
    if (++nodes > LIMITS.nodes || depth > LIMITS.depth || chars > LIMITS.chars || blocks.length >= LIMITS.blocks) {
      bounded = true;
      return;
    }
    if (node.type === 'text') {
      const data = node.data;
      if (/\S/.test(data)) {
        const piece = data.replace(/\s+/g, ' ');
        parts.push(piece);
        if (linkDepth > 0) linkLen += piece.trim().length;
        if (timeDepth > 0) timeLen += piece.trim().length;
        lastWasBr = false;
      } else if (parts.length > 0) parts.push(' ');
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'cdata') return;
    if (node.type === 'tag') {
      const name = node.name;
      if (SKIP.has(name)) return;
      if (name === 'br') {
        if (lastWasBr) flush();
        else {
          parts.push(' ');
          lastWasBr = true;
        }
        return;
      }
      const attribs = node.attribs;
      if (isHidden(attribs)) return;
      const cls = attribs.class;
      const id = attribs.id;
      const match = cls !== undefined || id !== undefined ? `${cls ?? ''} ${id ?? ''}` : '';
      if (opts.prune && name !== 'body' && name !== 'a' && name !== 'html') {
        if (PRUNED.has(name)) return;
        const role = attribs.role;
        if (role !== undefined && UNLIKELY_ROLES.has(role)) return;
        const unlikely = opts.prune === 'core' ? UNLIKELY_CORE : UNLIKELY;
        if (match && unlikely.test(match) && !OK_MAYBE.test(match) && !NEVER_PRUNED.has(name)) return;
      }
      const kind = KIND_OF[name];
      const caption = name === 'figcaption' || name === 'figure' || (match !== '' && !NEVER_CAPTION.has(name) && CAPTION_CLASS.test(match));
      // A caption-classed inline element (<span class="media-caption">) is a block of its own, apart from its text.
      const block = BLOCK.has(name) || caption;
      if (block) {
        flush();
        owners.push(node);
        if (match && leadCandidates.length < 24 && name !== 'li' && name !== 'body' && LEAD_CLASS.test(match)) leadCandidates.push(node);
      }
      if (kind) kinds.push({ kind, el: node });
      if (caption) captionDepth++;
      if (name === 'a') linkDepth++;
      if (name === 'time') timeDepth++;
      const children = node.children;
      for (let i = 0; i < children.length; i++) visit(children[i] as AnyNode, depth + 1);
      if (block) flush();
      if (name === 'a') linkDepth--;
      if (name === 'time') timeDepth--;
      if (caption) captionDepth--;
      if (kind) kinds.pop();
      if (block) owners.pop();
      return;
    }
    const children = node.children;
    for (let i = 0; i < children.length; i++) visit(children[i] as AnyNode, depth + 1);
  };

  visit(root, 0);
  flush();
  return { blocks, leadCandidates, bounded };
}
