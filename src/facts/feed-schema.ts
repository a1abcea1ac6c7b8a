import { z } from 'zod';
import { FeedRecord, SCHEMA_VERSION } from './feed-record.js';

/** The JSON Schema of one feed line, generated from the zod schema (checked in as schema/fact.schema.json). */
export function feedRecordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(FeedRecord, { target: 'draft-2020-12', io: 'output' });
  return {
    ...schema,
    $id: `https://newsfacts.dev/schema/fact.v${SCHEMA_VERSION}.schema.json`,
    title: `newsfacts feed record, schema version ${SCHEMA_VERSION}`,
  };
}

/** The checked-in file's exact text: two-space JSON and a final newline. */
export function feedRecordJsonSchemaText(): string {
  return `${JSON.stringify(feedRecordJsonSchema(), null, 2)}\n`;
}
