import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DoseRecord, StatementRecord, DateRecord } from '../../src/facts/feed-record.js';
import { feedRecordJsonSchema, feedRecordJsonSchemaText } from '../../src/facts/feed-schema.js';

describe('schema/fact.schema.json', () => {
  it('is what `npm run schema` generates from the zod schema (run it after changing FeedRecord)', async () => {
    const checkedIn = await readFile(new URL('../../schema/fact.schema.json', import.meta.url), 'utf8');
    expect(checkedIn).toBe(feedRecordJsonSchemaText());
  });

  it('has one branch per fact type, each requiring every field of its zod schema', () => {
    const schema = feedRecordJsonSchema() as { oneOf: Array<{ properties: Record<string, { const?: string }>; required: string[] }> };
    const byType = new Map(schema.oneOf.map((b) => [b.properties.type?.const, b]));
    for (const [type, zod] of [['dose', DoseRecord], ['date', DateRecord], ['statement', StatementRecord]] as const) {
      const branch = byType.get(type);
      expect(branch, type).toBeDefined();
      expect([...branch!.required].sort()).toEqual(Object.keys(zod.shape).sort());
    }
  });
});
