import type { WriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { parquetWriteBuffer, type BasicType, type ColumnSource } from 'hyparquet-writer';
import { NewsfactsError } from '../core/index.js';
import type { FeedRecord } from './feed-record.js';
import { COLUMNS, flatRow, type ColumnType, type FlatRow } from './flat-row.js';
import { openTemp } from './temp-file.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where export writes: a file that appears only when complete, or stdout (not for parquet). */
export interface FeedWriter {
  write(record: FeedRecord): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/** The format a file name asks for (`.csv`, `.parquet`), else JSONL. */
export function formatOf(path: string | undefined): ExportFormat {
  if (path?.endsWith('.csv')) return 'csv';
  if (path?.endsWith('.parquet')) return 'parquet';
  return 'jsonl';
}

/** Lines (JSONL records, CSV rows) to a temp file renamed on close, or to the caller's stdout. */
class LineWriter implements FeedWriter {
  private constructor(
    private readonly path: string | undefined,
    private readonly out: { tmp: string; stream: WriteStream } | undefined,
    private readonly stdout: NodeJS.WritableStream,
    private readonly line: (r: FeedRecord) => string,
  ) {}

  static async open(
    path: string | undefined,
    stdout: NodeJS.WritableStream,
    line: (r: FeedRecord) => string,
    header?: string,
  ): Promise<LineWriter> {
    const out = path && path !== '-' ? await openTemp(path) : undefined;
    const w = new LineWriter(path, out, stdout, line);
    if (header) await w.put(header);
    return w;
  }

  private async put(text: string): Promise<void> {
    const s: NodeJS.WritableStream = this.out?.stream ?? this.stdout;
    if (!s.write(text)) await new Promise<void>((resolve) => s.once('drain', () => resolve()));
  }

  write(record: FeedRecord): Promise<void> {
    return this.put(this.line(record));
  }

  async close(): Promise<void> {
    if (!this.out || !this.path) return;
    const s = this.out.stream;
    await new Promise<void>((resolve, reject) => s.end((err?: Error | null) => (err ? reject(err) : resolve())));
    await rename(this.out.tmp, this.path);
  }

  async abort(): Promise<void> {
    if (!this.out) return;
    this.out.stream.destroy();
    await rm(this.out.tmp, { force: true });
  }
}

const PARQUET_TYPE: Record<ColumnType, BasicType> = {
  string: 'STRING',
  number: 'DOUBLE',
  integer: 'INT32',
  boolean: 'BOOLEAN',
};

/** Rows kept in memory and written as one Parquet file (snappy) on close. */
class ParquetWriter implements FeedWriter {
  private readonly rows: FlatRow[] = [];
  constructor(private readonly path: string) {}

  async write(record: FeedRecord): Promise<void> {
    this.rows.push(flatRow(record));
  }

  async close(): Promise<void> {
    const columnData: ColumnSource[] = COLUMNS.map((c, i) => ({
      name: c.name,
      type: PARQUET_TYPE[c.type],
      data: this.rows.map((r) => r[i] ?? null),
      nullable: true,
    }));
    const bytes = new Uint8Array(parquetWriteBuffer({ columnData, createdBy: 'newsfacts' }));
    const tmp = `${this.path}.tmp-${process.pid}`;
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFile(tmp, bytes);
      await rename(tmp, this.path);
    } catch (err) {
      await rm(tmp, { force: true });
      throw new NewsfactsError('output', this.path, `cannot write: ${(err as Error).message}`, { cause: err });
    }
  }

  async abort(): Promise<void> {
    this.rows.length = 0;
  }
}

const csvLine = (row: FlatRow): string =>
  stringify([row.map((v) => (v === null ? '' : v))], { cast: { boolean: (b) => (b ? 'true' : 'false') } });

/** JSONL: the records as stored (schema/fact.schema.json); CSV and Parquet: one flat row per fact (COLUMNS). */
/** `path` undefined or "-": the lines go to `stdout`, which only the CLI owns. */
export async function openFeedWriter(
  format: ExportFormat,
  path: string | undefined,
  stdout: NodeJS.WritableStream,
): Promise<FeedWriter> {
  switch (format) {
    case 'jsonl':
      return LineWriter.open(path, stdout, (r) => `${JSON.stringify(r)}\n`);
    case 'csv':
      return LineWriter.open(path, stdout, (r) => csvLine(flatRow(r)), stringify([COLUMNS.map((c) => c.name)]));
    case 'parquet':
      if (!path || path === '-')
        throw new NewsfactsError('output', '-', 'Parquet needs a file: give --out FILE.parquet', { retryable: false });
      return new ParquetWriter(path);
  }
}
