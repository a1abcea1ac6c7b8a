import { readFileSync } from 'node:fs';

/**
 * Summarises a `node --cpu-prof` file: self time by function and by package (node_modules/<name>, src/<dir>,
 * node internals, GC), largest first. `tsx bench/support/cpu-profile.ts FILE.cpuprofile [N]`.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function packageOf(url: string, fn: string): string {
  if (fn === '(garbage collector)') return '(garbage collector)';
  if (fn === '(program)' || fn === '(idle)') return fn;
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  const src = /\/(src|dist|bench)\/([^/]+)(?:\/([^/]+))?/.exec(url);
  if (src) return src[3] && !src[3].includes('.') ? `${src[1]}/${src[2]}/${src[3]}` : `${src[1]}/${src[2]}`;
  if (url.startsWith('node:')) return url;
  return url ? 'other' : '(native)';
}

/**
 * Inclusive time of the pipeline's stage functions (a sample counts once per stage on its stack, so a stage
 * called inside another is counted in both).
 */
const STAGES = [
  'snapshotToArticle', 'decodeHtml', 'parseHtml', 'readMetadata', 'mainContent', 'pageLanguage', 'paragraphLanguage',
  'articleToFacts', 'articleSentences', 'runExtractors', 'loadPage', 'toFeedRecords', 'stringify', 'replayOne',
];

export function stageTimes(profile: CpuProfile): Map<string, number> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const stagesOf = new Map<number, Set<string>>();
  const stages = (id: number): Set<string> => {
    let s = stagesOf.get(id);
    if (s) return s;
    const n = byId.get(id);
    const up = parent.get(id);
    s = new Set(up === undefined ? [] : stages(up));
    if (n && STAGES.includes(n.callFrame.functionName)) s.add(n.callFrame.functionName);
    stagesOf.set(id, s);
    return s;
  };
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    for (const st of stages(id)) out.set(st, (out.get(st) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return out;
}

export function summarise(profile: CpuProfile): { total: number; byFunction: Map<string, number>; byPackage: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const n = byId.get(id);
    if (!n || n.callFrame.functionName === '(idle)') return;
    total += dt;
    const { functionName, url, lineNumber } = n.callFrame;
    const file = url.replace(/^.*\/(node_modules|src|dist)\//, '$1/');
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + dt);
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
  });
  return { total, byFunction, byPackage };
}

function top(map: Map<string, number>, total: number, n: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`)
    .join('\n');
}

if (process.argv[1]?.endsWith('cpu-profile.ts')) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: cpu-profile.ts FILE.cpuprofile [N]');
  const n = Number(process.argv[3] ?? 15) || 15;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const s = summarise(profile);
  console.log(`total ${(s.total / 1000).toFixed(0)} ms sampled\n\nby stage (inclusive)\n${top(stageTimes(profile), s.total, 20)}`);
  console.log(`\nby package (self time)\n${top(s.byPackage, s.total, n)}`);
  console.log(`\nby function (self time)\n${top(s.byFunction, s.total, n)}`);
}
