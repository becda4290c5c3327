/**
 * The machine's own limits, measured in the same run as a benchmark so its targets are ratios that
 * hold from machine to machine (issue 16): raw Node's http serving the same bytes with the same
 * number of processes, and pgbench inserting a 200-character row into the same PostgreSQL.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { measure, type Measured } from "./load";
import { stopServer, type Server } from "./server";

/** "load 0.52 0.61 0.70 (1, 5, 15 min) on 2 cores": printed before a benchmark starts. */
export function loadAverageLine(): string {
  return `load ${loadavg().map((value) => value.toFixed(2)).join(" ")} (1, 5, 15 min) on ${availableParallelism()} cores`;
}

export type RawNodeOptions = {
  body: string | Buffer;
  headers?: Record<string, string>;
  processes: number;
  connections: number;
  seconds: number;
  /** Port for the raw server (default: any free one). */
  port?: number;
};

export type RawNodeResult = { requestsPerSecond: number; p95Ms: number; bytes: number; measured: Measured };

/** Response headers a server sets per response or per connection: not copied to the raw server. */
const PER_RESPONSE = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "content-encoding"]);

/** The headers of a response worth replaying on the raw server (its CSP, cache and content headers). */
export function replayableHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers].filter(([name]) => !PER_RESPONSE.has(name.toLowerCase()) && name.toLowerCase() !== "set-cookie"));
}

/** Starts bench/lib/raw-node-server.ts in its own process group (not this process) and waits for its port. */
async function startRawServer(bodyFile: string, headers: Record<string, string>, processes: number, port: number): Promise<Server> {
  const child = spawn("node_modules/.bin/tsx", ["bench/lib/raw-node-server.ts"], {
    env: { ...process.env, RAW_BODY_FILE: bodyFile, RAW_HEADERS: JSON.stringify(headers), RAW_PROCESSES: String(processes), RAW_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  const listening = await new Promise<number>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output.push(chunk.toString());
      const found = /listening (\d+)/.exec(output.join(""));
      if (found) resolve(Number(found[1]));
    });
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("exit", (code) => reject(new Error(`The raw Node server exited with ${code}: ${output.join("")}`)));
  });
  return { child, output, baseUrl: `http://localhost:${listening}` };
}

/**
 * Raw node:http (cluster of `processes` workers, in child processes) serving exactly these bytes,
 * driven by autocannon from this process as the app is.
 */
export async function rawNodeBaseline(options: RawNodeOptions): Promise<RawNodeResult> {
  const folder = mkdtempSync(join(tmpdir(), "lets-talk-raw-node-"));
  const bodyFile = join(folder, "body");
  writeFileSync(bodyFile, options.body);
  const server = await startRawServer(bodyFile, options.headers ?? { "content-type": "text/html; charset=utf-8" }, options.processes, options.port ?? 0);
  try {
    const request = { method: "GET" as const, path: "/", headers: { accept: "text/html,application/xhtml+xml" } };
    await measure("raw Node warm-up", { connections: options.connections, amount: 2000, requests: [request] }, undefined, server);
    const measured = await measure(`raw node:http, ${options.processes} processes`, { connections: options.connections, duration: options.seconds, requests: [request] }, undefined, server);
    if (measured.ok === 0) throw new Error(`The raw Node server answered no request: ${server.output.join("")}`);
    return { requestsPerSecond: measured.perSecond, p95Ms: measured.p95, bytes: Buffer.byteLength(options.body), measured };
  } finally {
    await stopServer(server);
    rmSync(folder, { recursive: true, force: true });
  }
}

export type PgbenchOptions = { databaseUrl: string; clients: number; seconds: number };

/**
 * pgbench (/usr/bin/pgbench) inserting a 200-character row (a uuid and a timestamp beside it, as a
 * comment has) into a throwaway table it creates and drops in that database.
 */
export async function pgbenchInsertBaseline(options: PgbenchOptions): Promise<{ insertsPerSecond: number; rows: number }> {
  const table = `bench_pgbench_insert_${process.pid}`;
  const sql = postgres(options.databaseUrl, { max: 1, onnotice: () => undefined });
  const folder = mkdtempSync(join(tmpdir(), "lets-talk-pgbench-"));
  try {
    await sql.unsafe(`create table ${table} (id uuid primary key default gen_random_uuid(), body text not null, created_at timestamptz not null default now())`);
    const script = join(folder, "insert.sql");
    writeFileSync(script, `insert into ${table} (body) values (repeat(md5(random()::text), 7)::varchar(200));\n`);
    const threads = Math.max(1, Math.min(options.clients, availableParallelism()));
    const output = await runCapturing("/usr/bin/pgbench", ["--no-vacuum", "--protocol=prepared", `--client=${options.clients}`, `--jobs=${threads}`, `--time=${options.seconds}`, `--file=${script}`, options.databaseUrl]);
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output) ?? /tps = ([\d.]+)/.exec(output);
    if (!tps) throw new Error(`pgbench printed no rate:\n${output}`);
    const [counted] = await sql.unsafe<{ rows: number }[]>(`select count(*)::int as rows from ${table}`);
    return { insertsPerSecond: Number(tps[1]), rows: counted?.rows ?? 0 };
  } finally {
    await sql.unsafe(`drop table if exists ${table}`).catch(() => undefined);
    await sql.end({ timeout: 5 });
    rmSync(folder, { recursive: true, force: true });
  }
}

function runCapturing(command: string, args: string[]): Promise<string> {
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(output.join("")) : reject(new Error(`${command} exited with ${code}:\n${output.join("")}`))));
  });
}

export type VerdictOptions = {
  /** "at least" (the default: a share of a baseline) or "below" (a multiple that must stay under the target). */
  direction?: "atLeast" | "below";
  /** How the ratio and target print: "percent" (the default, 0.54 → 54%) or "times" (2.1 → 2.1x). */
  unit?: "percent" | "times";
};

/** Labels of verdict lines are padded to this width, so their figures line up. */
export const LABEL_WIDTH = 58;

/** "signed in / signed out   612 req/s = 54% (target >= 50%)  PASS" (PASS or MISS). */
export function verdict(label: string, figure: string, ratio: number, target: number, options: VerdictOptions = {}): string {
  const below = options.direction === "below";
  const show = (value: number) => (options.unit === "times" ? `${value.toFixed(2)}x` : `${(value * 100).toFixed(value < 0.1 ? 1 : 0)}%`);
  const pass = Number.isFinite(ratio) && (below ? ratio < target : ratio >= target);
  return `${label.padEnd(LABEL_WIDTH)} ${figure} = ${show(ratio)} (target ${below ? "<" : ">="} ${show(target)})  ${pass ? "PASS" : "MISS"}`;
}
