import type { Element } from 'domhandler';
import type { StatsMap } from './choose-content.js';
import type { RawBlock } from './collect-blocks.js';

/**
 * Input types that label nothing: hidden fields and buttons, and check boxes, which also tick off an article's own
 * list items (a recipe's ingredients, a checklist).
 */
const NOT_A_FIELD = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'checkbox']);
/** How far above a field its label's box may sit (label and field each wrapped once: `div > p` + `div > div > input`). */
const FIELD_BOX_LEVELS = 3;
/** Text a box around a field holds at most: a label, a question and its options, a note, not an article's paragraph. */
const FIELD_BOX_MAX = 200;
/** Text of a label, a poll question or an option at most. */
const FIELD_LABEL_MAX = 120;

/** A form field a reader types into or picks from: a text box, a text area, a list or a radio button. */
export function isFormField(el: Element): boolean {
  if (el.name === 'textarea' || el.name === 'select') return true;
  return el.name === 'input' && !NOT_A_FIELD.has((el.attribs.type ?? 'text').toLowerCase());
}

/** The elements up to FIELD_BOX_LEVELS above a form field: the boxes that may hold its label. */
export function fieldBoxesOf(field: Element, boxes: Set<Element>): void {
  let el = field.parent;
  for (let up = 0; el && el.type === 'tag' && up < FIELD_BOX_LEVELS; up++, el = el.parent) boxes.add(el as Element);
}

/**
 * A short block whose element or parent is a small box around a form field: a field's label ("Your name (*)"), a
 * poll's question and options, a comment box's note. Works without a <form> element (fields bound by script).
 */
export function isFieldLabel(b: RawBlock, stats: StatsMap, fieldBoxes: ReadonlySet<Element>): boolean {
  if (b.len > FIELD_LABEL_MAX || fieldBoxes.size === 0) return false;
  const parent = b.owner.parent;
  for (const el of [b.owner, parent && parent.type === 'tag' ? (parent as Element) : null]) {
    if (el && fieldBoxes.has(el) && (stats.get(el)?.len ?? 0) <= FIELD_BOX_MAX) return true;
  }
  return false;
}
