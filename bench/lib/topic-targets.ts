import { LABEL_WIDTH, verdict, type RawNodeResult } from "./baselines";
import { TARGETS } from "./config";
import type { Measured } from "./load";

/** What bench:topics measured for issue 16's rows, with the baselines from the same run. */
export type TopicFigures = {
  comments: number;
  signedOut: Measured;
  rawPage: RawNodeResult;
  signedIn: Measured;
  floor: Measured;
  rawFloor: RawNodeResult;
  posts: Measured;
  lost: number;
  pgbench: { insertsPerSecond: number; clients: number };
  /** BENCH_SCALE > 1: the topic with scale × the comments, signed out and signed in. */
  scaled: { comments: number; signedOut: Measured; signedIn: Measured } | null;
};

const count = (value: number) => Math.round(value).toLocaleString("en-GB");
const rate = (value: number, unit = "req/s") => `${count(value)} ${unit}`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const p95 = (m: Measured) => `${m.p95.toFixed(1)} ms`;

/** Issue 16's rows that bench:topics covers: each figure beside its baseline, the ratio and PASS/MISS. */
export function targetLines(f: TopicFigures): string[] {
  const page = `topic page, ${count(f.comments)} comments`;
  const lines = [
    verdict(`${page}, signed out / raw Node`, `${rate(f.signedOut.perSecond)} of ${rate(f.rawPage.requestsPerSecond)} (same ${kb(f.rawPage.bytes)})`, f.signedOut.perSecond / f.rawPage.requestsPerSecond, TARGETS.pageOfRawNode),
    verdict(`${page}, signed in / signed out (rate)`, `${rate(f.signedIn.perSecond)} of ${rate(f.signedOut.perSecond)}`, f.signedIn.perSecond / f.signedOut.perSecond, TARGETS.signedInOfSignedOut),
    verdict(`${page}, signed in / signed out (p95)`, `${p95(f.signedIn)} of ${p95(f.signedOut)}`, f.signedIn.p95 / f.signedOut.p95, TARGETS.signedInP95Times, { direction: "below", unit: "times" }),
    verdict("/accessibility (no database reads) / raw Node", `${rate(f.floor.perSecond)} of ${rate(f.rawFloor.requestsPerSecond)} (same ${kb(f.rawFloor.bytes)})`, f.floor.perSecond / f.rawFloor.requestsPerSecond, TARGETS.floorOfRawNode),
    verdict(`comment posts / pgbench insert (${f.pgbench.clients} clients)`, `${rate(f.posts.perSecond, "posts/s")} of ${rate(f.pgbench.insertsPerSecond, "inserts/s")}`, f.posts.perSecond / f.pgbench.insertsPerSecond, TARGETS.postsOfPgbench),
    `${"comment posts lost".padEnd(LABEL_WIDTH)} ${Math.max(f.lost, 0)} (target 0)  ${f.lost <= 0 ? "PASS" : "MISS"}`,
  ];
  if (f.scaled) {
    const big = `topic page, ${count(f.scaled.comments)} comments`;
    lines.push(
      verdict(`${big}, signed out (p95 / ${count(f.comments)}'s)`, `${p95(f.scaled.signedOut)} of ${p95(f.signedOut)}`, f.scaled.signedOut.p95 / f.signedOut.p95, TARGETS.scaledP95Times, { direction: "below", unit: "times" }),
      verdict(`${big}, signed in (p95 / ${count(f.comments)}'s)`, `${p95(f.scaled.signedIn)} of ${p95(f.signedIn)}`, f.scaled.signedIn.p95 / f.signedIn.p95, TARGETS.scaledP95Times, { direction: "below", unit: "times" }),
    );
  } else lines.push(`${"topic page, 100,000 comments".padEnd(LABEL_WIDTH)} not measured (BENCH_SCALE=10 seeds it beside the 10,000-comment one)`);
  return lines;
}
