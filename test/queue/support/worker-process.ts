import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { waitFor } from './queue-env.js';

const BIN = fileURLToPath(new URL('../../../bin/newsfacts.js', import.meta.url));

export interface WorkerProcess {
  proc: ChildProcess;
  output: string[];
  ready: Promise<void>;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  exited: Promise<number | string>;
  /** Peak resident memory (VmHWM) in KiB, sampled from /proc while it ran; 0 where /proc is missing. */
  peakRssKiB(): number;
}

function vmHwmKiB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** `newsfacts worker` as a real child process (the CLI a user runs), stderr kept for diagnostics. */
export function spawnWorker(env: Record<string, string>, args: string[] = []): WorkerProcess {
  const proc = spawn(process.execPath, [BIN, 'worker', ...args], {
    env: { ...process.env, ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const output: string[] = [];
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, vmHwmKiB(proc.pid));
  }, 100);
  const exited = new Promise<number | string>((resolve) => {
    proc.once('exit', (code, signal) => {
      clearInterval(sampler);
      resolve(code ?? signal ?? 'unknown');
    });
  });
  let buf = '';
  proc.stderr!.setEncoding('utf8');
  proc.stderr!.on('data', (chunk: string) => {
    buf += chunk;
    const lines = buf.split('\n');
    buf = lines.pop() ?? '';
    output.push(...lines);
  });
  const ready = Promise.race([
    waitFor(`worker ${proc.pid} to be ready`, 30_000, () => (output.some((l) => l.includes('worker ready')) ? true : undefined)),
    exited.then((code) => {
      throw new Error(`worker exited (${code}) before it was ready:\n${output.join('\n')}`);
    }),
  ]).then(() => undefined);
  ready.catch(() => undefined);
  return { proc, output, ready, exited, peakRssKiB: () => Math.max(peak, vmHwmKiB(proc.pid)) };
}

export async function stopWorker(w: WorkerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | string> {
  if (w.proc.exitCode === null && w.proc.signalCode === null) w.proc.kill(signal);
  return w.exited;
}
