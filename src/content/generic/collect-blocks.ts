import type { AnyNode, Element } from 'domhandler';
import {
  CAMEL_CAPTION_CLASS, CAPTION_CLASS, LEAD_CLASS, NEVER_CAPTION, OK_MAYBE, UNLIKELY, UNLIKELY_CORE, UNLIKELY_ROLES,
} from './class-patterns.js';
import { fieldBoxesOf, isFormField } from './field-labels.js';
import { isGatedBody } from './gated-body.js';
import { isHoverCard } from './hover-card.js';

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
  /** The <form> elements asking for an e-mail address (sign-up and lead forms), in document order. */
  forms: Element[];
  /** The elements just above form fields (text boxes, lists, radio buttons), where their labels sit. */
  fieldBoxes: Set<Element>;
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

/** Class names that hide an element until a script shows it (bootstrap's "hidden", "d-none", bootstrap 2's and foundation's "hide"). */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|d-none|is-hidden)(?:$|\s)/;
/** Utility classes that show the element again at some width ("hidden md:block", "d-none d-md-block"). */
const SHOWN_AT_SOME_WIDTH = /:|(?:^|\s)d-(?:sm|md|lg|xl|xxl)-|(?:^|\s)visible-/;
/**
 * Classes that keep an element for screen readers only (bootstrap's "sr-only", "visually-hidden", WordPress's
 * "screen-reader-text"). Only block-level ones are skipped: an inline one joins words ("Slide 3<span>of</span> 9")
 * or completes a teaser's linked title.
 */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|u-visually-hidden)(?:$|\s)/;

function isHidden(attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined) return true;
  const cls = attribs.class;
  if (cls !== undefined && HIDDEN_CLASS.test(cls) && !SHOWN_AT_SOME_WIDTH.test(cls)) return true;
  if (attribs['aria-hidden'] === 'true' && !(attribs.class ?? '').includes('fallback-image')) return true;
  const style = attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isScreenReaderBlock(name: string, cls: string | undefined): boolean {
  return cls !== undefined && BLOCK.has(name) && SCREEN_READER_ONLY.test(cls);
}

/**
 * One pass over the DOM: text runs split at block-level elements, with their link text and context.
 * Never mutates the document; bounded by LIMITS.
 */
export function collectBlocks(root: AnyNode, opts: CollectOptions): Collected {
  return new BlockCollector(opts).run(root);
}

class BlockCollector {
  private readonly blocks: RawBlock[] = [];
  private readonly leadCandidates: Element[] = [];
  private readonly forms: Element[] = [];
  private readonly fieldBoxes = new Set<Element>();
  private readonly openForms: Element[] = [];
  private readonly owners: Element[] = [];
  private readonly kinds: Array<{ kind: RawKind; el: Element }> = [];
  private parts: string[] = [];
  private linkLen = 0;
  private timeLen = 0;
  private nodes = 0;
  private chars = 0;
  private bounded = false;
  private linkDepth = 0;
  private timeDepth = 0;
  private captionDepth = 0;
  private lastWasBr = false;

  constructor(private readonly opts: CollectOptions) {}

  run(root: AnyNode): Collected {
    this.visit(root, 0);
    this.flush();
    return { blocks: this.blocks, leadCandidates: this.leadCandidates, bounded: this.bounded, forms: this.forms, fieldBoxes: this.fieldBoxes };
  }

  // Heading kinds hold only for the heading's own text (an unclosed <h2> must not make headings of the article).
  private kindOf(owner: Element): RawKind {
    for (let k = this.kinds.length - 1; k >= 0; k--) {
      const e = this.kinds[k] as { kind: RawKind; el: Element };
      if (e.kind === 'h1' || e.kind === 'heading' || e.kind === 'minor-heading') {
        if (e.el === owner) return e.kind;
      } else return e.kind;
    }
    return 'body';
  }

  private flush(): void {
    if (this.parts.length > 0) {
      const text = this.parts.join('').replace(/\s+/g, ' ').trim().normalize('NFC');
      const owner = this.owners[this.owners.length - 1];
      if (text && owner) {
        const len = text.length;
        const block = { text, len, linkLen: Math.min(this.linkLen, len), timeLen: Math.min(this.timeLen, len), owner };
        this.blocks.push({ ...block, kind: this.kindOf(owner), caption: this.captionDepth > 0 });
        this.chars += text.length;
      }
    }
    this.parts = [];
    this.linkLen = 0;
    this.timeLen = 0;
    this.lastWasBr = false;
  }

  private visit(node: AnyNode, depth: number): void {
    const full = this.chars > LIMITS.chars || this.blocks.length >= LIMITS.blocks;
    if (++this.nodes > LIMITS.nodes || depth > LIMITS.depth || full) {
      this.bounded = true;
      return;
    }
    if (node.type === 'text') return this.text(node.data);
    if (node.type === 'tag') return this.tag(node, depth);
    if (node.type === 'root' || node.type === 'cdata') this.children(node.children, depth);
  }

  private children(children: readonly AnyNode[], depth: number): void {
    for (let i = 0; i < children.length; i++) this.visit(children[i] as AnyNode, depth + 1);
  }

  private text(data: string): void {
    if (/\S/.test(data)) {
      const piece = data.replace(/\s+/g, ' ');
      this.parts.push(piece);
      if (this.linkDepth > 0) this.linkLen += piece.trim().length;
      if (this.timeDepth > 0) this.timeLen += piece.trim().length;
      this.lastWasBr = false;
    } else if (this.parts.length > 0) this.parts.push(' ');
  }

  private lineBreak(): void {
    if (this.lastWasBr) this.flush();
    else {
      this.parts.push(' ');
      this.lastWasBr = true;
    }
  }

  /** An e-mail field makes its form a sign-up or lead form (not a search box, a calculator or a rating widget). */
  private emailField(attribs: Record<string, string>): void {
    const form = this.openForms[this.openForms.length - 1];
    if (!form || this.forms[this.forms.length - 1] === form) return;
    const names = `${attribs.type ?? ''} ${attribs.name ?? ''} ${attribs.id ?? ''} ${attribs.placeholder ?? ''}`;
    if (/e-?mail/i.test(names)) this.forms.push(form);
  }

  /** nav/aside/footer, unlikely roles and unlikely-classed containers, when this try prunes. */
  private pruned(node: Element, match: string): boolean {
    const name = node.name;
    const attribs = node.attribs;
    if (!this.opts.prune || name === 'body' || name === 'a' || name === 'html') return false;
    if (PRUNED.has(name)) return true;
    const role = attribs.role;
    if (role !== undefined && UNLIKELY_ROLES.has(role)) return true;
    const unlikely = this.opts.prune === 'core' ? UNLIKELY_CORE : UNLIKELY;
    if (match === '' || !unlikely.test(match) || OK_MAYBE.test(match) || NEVER_PRUNED.has(name)) return false;
    return !isGatedBody(node, match);
  }

  private tag(node: Element, depth: number): void {
    const name = node.name;
    if (name === 'input') this.emailField(node.attribs);
    if (isFormField(node)) fieldBoxesOf(node, this.fieldBoxes);
    if (SKIP.has(name)) return;
    if (name === 'br') return this.lineBreak();
    const attribs = node.attribs;
    if (isHidden(attribs) || isScreenReaderBlock(name, attribs.class)) return;
    const cls = attribs.class;
    const id = attribs.id;
    const match = cls !== undefined || id !== undefined ? `${cls ?? ''} ${id ?? ''}` : '';
    if (this.pruned(node, match)) return;
    if (name === 'form') this.openForms.push(node);
    const kind = KIND_OF[name];
    const caption = name === 'figcaption' || name === 'figure' || (match !== '' && !NEVER_CAPTION.has(name) && (CAPTION_CLASS.test(match) || CAMEL_CAPTION_CLASS.test(match)));
    // A caption-classed inline element (<span class="media-caption">) is a block of its own, apart from its text.
    const block = BLOCK.has(name) || caption;
    if (!block && isHoverCard(node, this.owners[this.owners.length - 1])) return;
    if (block) {
      this.flush();
      this.owners.push(node);
      const lead = match && this.leadCandidates.length < 24 && name !== 'li' && name !== 'body' && LEAD_CLASS.test(match);
      if (lead) this.leadCandidates.push(node);
    }
    if (kind) this.kinds.push({ kind, el: node });
    if (caption) this.captionDepth++;
    if (name === 'a') this.linkDepth++;
    if (name === 'time') this.timeDepth++;
    this.children(node.children, depth);
    if (block) this.flush();
    if (name === 'a') this.linkDepth--;
    if (name === 'time') this.timeDepth--;
    if (name === 'form') this.openForms.pop();
    if (caption) this.captionDepth--;
    if (kind) this.kinds.pop();
    if (block) this.owners.pop();
  }
}
