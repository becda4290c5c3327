import { availableParallelism } from "node:os";
import type { Measured } from "./load";

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const verdict = (pass: boolean) => (pass ? "PASS" : "MISS");

export function report(m: Measured, connections: number): void {
  const other = [...m.statuses].filter(([status]) => status < 200 || status >= 300).map(([status, total]) => `${status}×${total}`);
  console.log(`\n${m.label}  (${connections} connections, ${m.seconds.toFixed(1)} s)`);
  console.log(`  responses ${m.sent}   2xx ${m.ok}   non-2xx ${m.sent - m.ok}${other.length ? ` (${other.join(", ")})` : ""}   errors ${m.errors}   timeouts ${m.timeouts}`);
  console.log(`  latency   p50 ${ms(m.p50)}   p95 ${ms(m.p95)}   p99 ${ms(m.p99)}   max ${ms(m.max)}`);
  console.log(`  rate      ${m.perSecond.toFixed(1)} req/s (2xx)`);
  if (m.cpu) console.log(`  cpu       per request: ${ms(m.cpu.node)} Next server, ${ms(m.cpu.postgres)} Postgres, ${ms(m.cpu.autocannon)} autocannon (${availableParallelism()} cores in all)`);
}

export function broken(m: Measured): string[] {
  const problems: string[] = [];
  if (m.errors > 0) problems.push(`${m.label}: ${m.errors} request errors`);
  if (m.timeouts > 0) problems.push(`${m.label}: ${m.timeouts} timeouts`);
  if (m.sent - m.ok > 0) problems.push(`${m.label}: ${m.sent - m.ok} non-2xx responses`);
  if (m.sent === 0) problems.push(`${m.label}: no responses`);
  return problems;
}
