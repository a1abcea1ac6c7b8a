import type { CheerioAPI } from 'cheerio';
import type { AnyNode, ParentNode } from 'domhandler';

/** Deeper than any real page; shallow enough for every recursive walk over the tree. */
const MAX_DOM_DEPTH = 256;

function hasChildren(n: AnyNode): n is AnyNode & ParentNode {
  return 'children' in n && Array.isArray((n as ParentNode).children);
}

/**
 * Flattens what lies below `maxDepth`: an element at that depth keeps its innermost descendants (text,
 * and elements holding only text, such as a <p>) as direct children, in document order, without the
 * elements in between. A page nested
 * 100,000 deep then costs no walk (ours or cheerio's) its stack. Iterative, so it cannot overflow itself.
 */
export function capDomDepth($: CheerioAPI, maxDepth = MAX_DOM_DEPTH): CheerioAPI {
  const root = $.root()[0] as AnyNode & ParentNode;
  const stack: Array<[AnyNode & ParentNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth >= maxDepth) {
      flatten(node);
      continue;
    }
    for (const child of node.children) if (hasChildren(child)) stack.push([child, depth + 1]);
  }
  return $;
}

function flatten(node: AnyNode & ParentNode): void {
  if (!node.children.some(hasChildren)) return;
  const leaves: AnyNode[] = [];
  const todo: AnyNode[] = [...node.children].reverse();
  while (todo.length > 0) {
    const n = todo.pop()!;
    if (hasChildren(n) && n.children.some(hasChildren)) {
      for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i]!);
    }
    else leaves.push(n);
  }
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i]!;
    leaf.parent = node;
    leaf.prev = leaves[i - 1] ?? null;
    leaf.next = leaves[i + 1] ?? null;
  }
  node.children = leaves;
}
