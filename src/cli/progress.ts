import cliProgress from 'cli-progress';

export interface Progress {
  tick(n?: number): void;
  stop(): void;
}

export interface ProgressOptions {
  /** What is counted ("pages"). */
  unit: string;
  total: number | undefined;
  quiet?: boolean;
  stream?: NodeJS.WriteStream;
  /** Between plain lines when the stream is not a terminal; NEWSFACTS_PROGRESS_INTERVAL_MS overrides it. */
  intervalMs?: number;
}

const NONE: Progress = { tick: () => undefined, stop: () => undefined };

let activeBar: { bar: cliProgress.SingleBar; stream: NodeJS.WriteStream } | undefined;

/** Writes a log line on stderr; with a bar on screen, above it (the bar is drawn again below). */
export function writeLogLine(line: string): void {
  if (!activeBar) {
    process.stderr.write(line);
    return;
  }
  activeBar.stream.write(`\r\x1b[K${line}`);
  activeBar.bar.render();
}

function seconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

/** `label: 350/1003 pages (35%), 41.2 pages/s, about 16 s left` */
function progressLine(
  label: string,
  unit: string,
  done: number,
  total: number | undefined,
  elapsedMs: number,
): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const head =
    total === undefined
      ? `${done} ${unit}`
      : `${done}/${total} ${unit} (${total ? Math.floor((100 * done) / total) : 100}%)`;
  const left = total !== undefined && rate > 0 ? `, about ${seconds((total - done) / rate)} left` : '';
  return `${label}: ${head}, ${rate.toFixed(1)} ${unit}/s${left}`;
}

/**
 * Progress of a batch on stderr: a bar with rate and time left on a terminal; on a pipe or a log file,
 * a plain line every `intervalMs` (10 s) and never a carriage return.
 */
export function startProgress(label: string, o: ProgressOptions): Progress {
  if (o.quiet) return NONE;
  const stream = o.stream ?? process.stderr;
  const started = performance.now();
  let done = 0;
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${label} [{bar}] {value}/{total} ${o.unit} | {rate} ${o.unit}/s | {eta_formatted} left`,
        etaBuffer: 50,
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(o.total ?? 0, 0, { rate: '0.0' });
    activeBar = { bar, stream };
    return {
      tick(n = 1) {
        done += n;
        const rate = (done * 1000) / Math.max(1, performance.now() - started);
        if (o.total === undefined || done > o.total) bar.setTotal(done);
        bar.update(done, { rate: rate.toFixed(1) });
      },
      stop() {
        bar.stop();
        activeBar = undefined;
      },
    };
  }
  const env = Number(process.env.NEWSFACTS_PROGRESS_INTERVAL_MS);
  const interval =
    Number.isFinite(env) && process.env.NEWSFACTS_PROGRESS_INTERVAL_MS !== '' ? env : (o.intervalMs ?? 10_000);
  let last = started;
  return {
    tick(n = 1) {
      done += n;
      const now = performance.now();
      if (now - last < interval && done !== o.total) return;
      last = now;
      stream.write(`${progressLine(label, o.unit, done, o.total, now - started)}\n`);
    },
    stop: () => undefined,
  };
}
