// Timing helpers shared by the benchmark sections: sample statistics, and whole-process runs with their wall
// time and peak RSS (reported by bench/rss-probe.js from inside the measured process).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Stats {
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
  n: number;
}

export function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1], mean, n: s.length };
}

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function time(fn: () => void): number {
  const t0 = now();
  fn();
  return now() - t0;
}

/** CPU time (user + system) of `fn`, in ms: on a shared machine far steadier than wall time. */
export function cpuTime(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

export function repeat(fn: () => void, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(time(fn));
  return out;
}

export function fmtMs(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '-';
  if (n < 1) return `${(n * 1000).toFixed(0)} µs`;
  if (n < 1000) return `${n.toFixed(n < 10 ? 2 : 0)} ms`;
  return `${(n / 1000).toFixed(2)} s`;
}

export function fmtMb(n: number | undefined): string {
  return n === undefined || !Number.isFinite(n) ? '-' : `${n.toFixed(0)} MB`;
}

export interface ProcessRun {
  wallMs: number;
  peakRssMb?: number;
  /** User + system CPU time of the whole process (all threads). */
  cpuMs?: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

const PROBE = path.join(__dirname, '..', 'bench', 'rss-probe.js');

/**
 * Runs `node [nodeArgs] script args` once and measures it from outside (wall time, including Node's own start)
 * and inside (peak RSS via the probe). Output is captured, never printed.
 */
export function runNode(script: string | null, args: readonly string[], options: { cwd?: string; nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}): ProcessRun {
  const probeFile = path.join(os.tmpdir(), `redaksi-bench-probe-${process.pid}-${Math.floor(now() * 1000)}.json`);
  const argv = [...(fs.existsSync(PROBE) ? ['--require', PROBE] : []), ...(options.nodeArgs ?? []), ...(script ? [script] : []), ...args];
  const t0 = now();
  const r = spawnSync(process.execPath, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, REDAKSI_BENCH_PROBE: probeFile },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const wallMs = now() - t0;
  let peakRssMb: number | undefined;
  let cpuMs: number | undefined;
  try {
    const probe = JSON.parse(fs.readFileSync(probeFile, 'utf8')) as { maxRssKb: number; cpuMs: number };
    peakRssMb = probe.maxRssKb / 1024;
    cpuMs = probe.cpuMs;
    fs.rmSync(probeFile, { force: true });
  } catch {
    peakRssMb = undefined;
  }
  return { wallMs, peakRssMb, cpuMs, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? (r.error ? String(r.error) : '') };
}

/** Runs a whole process `runs` times; reports the median wall time and the largest peak RSS seen. */
export function medianOf(runs: number, fn: () => ProcessRun): ProcessRun & { samples: number[]; minMs: number } {
  const all: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) all.push(fn());
  const sorted = [...all].sort((a, b) => a.wallMs - b.wallMs);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)];
  const rss = all.map((r) => r.peakRssMb).filter((v): v is number => v !== undefined);
  const cpu = all.map((r) => r.cpuMs).filter((v): v is number => v !== undefined);
  return { ...mid, peakRssMb: rss.length ? Math.max(...rss) : undefined, cpuMs: cpu.length ? stats(cpu).median : undefined, samples: all.map((r) => r.wallMs), minMs: sorted[0].wallMs };
}
