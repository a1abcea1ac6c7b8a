import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feedRecordJsonSchemaText } from '../src/facts/feed-schema.js';

/** `npm run schema`: regenerates schema/fact.schema.json from the zod FeedRecord schema. */
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'fact.schema.json');
await mkdir(dirname(out), { recursive: true });
await writeFile(out, feedRecordJsonSchemaText());
process.stderr.write(`wrote ${out}\n`);
