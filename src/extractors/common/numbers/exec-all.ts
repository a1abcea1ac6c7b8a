/**
 * Every match of a global RegExp, without String.prototype.matchAll, which clones the RegExp on each call:
 * with our large alternations that clone cost more than the match itself.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
