import { setTimeout as sleep } from "node:timers/promises";
import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";
import type postgres from "postgres";
import { TOPICS_BENCH, type BenchTarget } from "./config";

/** CPU time (ms) used so far by each process: Linux /proc, where it is (else nothing is reported). */
function cpuTimes(select: (pid: number, processGroup: number) => boolean): Map<number, number> {
  const times = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return times;
  }
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(name);
      if (!select(pid, Number(fields[2]))) continue;
      // utime and stime, in clock ticks of 10 ms (USER_HZ is 100 on Linux).
      times.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // the process ended meanwhile
    }
  }
  return times;
}

export type CpuProbe = () => Promise<{ node: number; postgres: number }>;

/** Starts counting the CPU the server process group and its database connections use from now on. */
export async function cpuProbe(serverPid: number, sql: postgres.Sql, target: BenchTarget = TOPICS_BENCH): Promise<CpuProbe> {
  const postgresPids = async () => new Set((await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${target.databaseName} and pid <> pg_backend_pid()`).map((row) => row.pid));
  const sample = async () => {
    const pids = await postgresPids();
    return { node: cpuTimes((_pid, group) => group === serverPid), postgres: cpuTimes((pid) => pids.has(pid)) };
  };
  const used = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
  const before = await sample();
  return async () => {
    const after = await sample();
    return { node: used(before.node, after.node), postgres: used(before.postgres, after.postgres) };
  };
}

export type Measured = {
  label: string;
  sent: number;
  statuses: Map<number, number>;
  ok: number;
  errors: number;
  timeouts: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
  /** CPU milliseconds per response: the Next server's processes, its Postgres connections, the load generator (this process). */
  cpu: { node: number; postgres: number; autocannon: number } | null;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

/** Runs autocannon and records every response's time itself (autocannon reports p97.5, not p95). */
export async function measure(label: string, options: Omit<autocannon.Options, "url">, probe?: CpuProbe, target: Pick<BenchTarget, "baseUrl"> = TOPICS_BENCH): Promise<Measured> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const ownCpu = process.cpuUsage();
  const instance = autocannon({ ...options, url: target.baseUrl, timeout: 10 });
  // The typings lag the library: the tracker's listener gets the client first.
  (instance as unknown as NodeJS.EventEmitter).on("response", (_client: unknown, status: number, _bytes: number, milliseconds: number) => {
    latencies.push(milliseconds);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  const result = await instance;
  const serverCpu = probe ? await probe() : null;
  const own = process.cpuUsage(ownCpu);
  const cpu = serverCpu ? { ...serverCpu, autocannon: (own.user + own.system) / 1000 } : null;
  latencies.sort((a, b) => a - b);
  const ok = [...statuses].filter(([status]) => status >= 200 && status < 300).reduce((sum, [, total]) => sum + total, 0);
  return {
    label,
    sent: latencies.length,
    statuses,
    ok,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    perSecond: ok / result.duration,
    cpu: cpu && latencies.length > 0 && cpu.node > 0 ? { node: cpu.node / latencies.length, postgres: cpu.postgres / latencies.length, autocannon: cpu.autocannon / latencies.length } : null,
  };
}

/** Requests cut off when a run ended may still be committing: reads `count` until it holds still three times. */
export async function settledCount(count: () => Promise<number>): Promise<number> {
  let last = await count();
  for (let settled = 0; settled < 3; ) {
    await sleep(300);
    const now = await count();
    settled = now === last ? settled + 1 : 0;
    last = now;
  }
  return last;
}
