import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface ProcessRun {
  wallS: number;
  cpuS: number;
  /** Peak resident set of the whole process (all threads), in MB; NaN without /usr/bin/time. */
  peakRssMb: number;
  stdout: string;
  status: number | null;
}

const TIME = '/usr/bin/time';

/** Runs a command to completion, with its wall time, user+sys CPU time and peak RSS as /usr/bin/time reports them. */
export function runProcess(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): ProcessRun {
  const timed = existsSync(TIME);
  const t0 = performance.now();
  const r = timed
    ? spawnSync(TIME, ['-f', '@@time %e %U %S %M', cmd, ...args], { encoding: 'utf8', env, maxBuffer: 64 << 20 })
    : spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 64 << 20 });
  const wall = (performance.now() - t0) / 1000;
  const m = /@@time (\S+) (\S+) (\S+) (\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0 && r.status !== null) process.stderr.write(r.stderr.split('\n').slice(-5).join('\n'));
  return {
    wallS: m ? Number(m[1]) : wall,
    cpuS: m ? Number(m[2]) + Number(m[3]) : Number.NaN,
    peakRssMb: m ? Number(m[4]) / 1024 : Number.NaN,
    stdout: r.stdout ?? '',
    status: r.status,
  };
}
