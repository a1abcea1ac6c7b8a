import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { feedRecordJsonSchemaText } from '../src/facts/feed-schema.js';
import { SiteProfile } from '../src/sites/profile.js';

/** `npm run schema`: regenerates schema/fact.schema.json (zod FeedRecord) and schema/site-profile.schema.json (zod SiteProfile). */
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'fact.schema.json');
await mkdir(dirname(out), { recursive: true });
await writeFile(out, feedRecordJsonSchemaText());
process.stderr.write(`wrote ${out}\n`);

const profileOut = join(dirname(out), 'site-profile.schema.json');
const profileSchema = { ...z.toJSONSchema(SiteProfile, { target: 'draft-2020-12', io: 'input' }), title: 'newsfacts site profile' };
await writeFile(profileOut, `${JSON.stringify(profileSchema, null, 2)}\n`);
process.stderr.write(`wrote ${profileOut}\n`);
