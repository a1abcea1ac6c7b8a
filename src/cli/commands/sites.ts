import { Command } from '@commander-js/extra-typings';
import { defineCommand, exitWith } from '../command.js';
import { collect } from '../options.js';

export const sitesCommand = defineCommand('sites', () =>
  new Command('sites')
    .option('--profile <file>', 'load a site profile (JSON) first (repeatable)', collect)
    .option('--json', 'print the profiles and editions as one JSON array', false)
    .action(
      exitWith(async (o) => {
        const [{ describeSites }, { loadProfileFile }] = await Promise.all([
          import('../../sites/describe.js'),
          import('../../sites/index.js'),
        ]);
        for (const file of o.profile ?? []) loadProfileFile(file);
        const sites = describeSites();
        if (o.json) {
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
      }),
    ),
  [
    'newsfacts sites',
    'NEWSFACTS_PROFILES=profiles/ newsfacts sites --json',
    'newsfacts sites --profile my-site.json',
  ],
);
