import { parseArgs } from 'node:util';
import { describeSites } from '../../sites/describe.js';
import { loadProfileFile } from '../../sites/index.js';
import type { Command } from '../command.js';

export const sitesCommand: Command = {
  name: 'sites',
  summary: 'List the known site profiles and editions (shipped, $NEWSFACTS_PROFILES, --profile FILE)',
  usage: 'newsfacts sites [--profile FILE]... [--json]',
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: { profile: { type: 'string', multiple: true }, json: { type: 'boolean', default: false } },
    });
    for (const file of values.profile ?? []) loadProfileFile(file);
    const sites = describeSites();
    if (values.json) {
      process.stdout.write(`${JSON.stringify(sites)}\n`);
      return 0;
    }
    for (const s of sites) {
      process.stdout.write(`${s.name}\t${s.hosts.join(',')}\t(${s.source})\n`);
      for (const e of s.editions)
        process.stdout.write(
          `  ${e.id}\t${e.lang}\t${e.startUrls} start URLs, ${e.feeds} feeds, ${e.sitemaps} sitemaps\n`,
        );
    }
    process.stdout.write(
      'Any other site: --site URL (generic discovery from its home page, RSS/Atom links and sitemap.xml).\n',
    );
    return 0;
  },
};
