import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type postgres from "postgres";
import type { Topic } from "./across-instances";
import type { Launch } from "./dockerfile";
import { readPage } from "./http";
import type { Report } from "./report";

/** An address a client writes into X-Forwarded-For itself (TEST-NET-3): never to be believed. */
const FORGED_ADDRESS = "203.0.113.7";

const urduSkipLink = (): string => (JSON.parse(readFileSync("messages/ur.json", "utf8")) as { layout: { skipLink: string } }).layout.skipLink;

/** The image's own server answers pages, files and its health check as a deployment needs. */
export async function checkPages(report: Report, baseUrl: string, topic: Topic & { title: string }): Promise<void> {
  const home = await readPage(baseUrl, "/");
  const nonce = home.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
  report.check("/ answers 200 with a nonce-based Content-Security-Policy", home.status === 200 && Boolean(nonce) && home.html.includes(`nonce="${nonce}"`), `${home.status}, nonce ${nonce ? "in the header and the page's scripts" : "missing"}`);

  const asset = /\/_next\/static\/[^"'\s]+\.(?:css|js)/.exec(home.html)?.[0];
  const assetStatus = asset ? (await fetch(`${baseUrl}${asset}`)).status : null;
  report.check("the browser's files are served (.next/static copied beside the server)", assetStatus === 200, `${asset ?? "no /_next/static address in the page"}: ${assetStatus}`);

  const page = await readPage(baseUrl, `/topics/${topic.slug}`);
  report.check("a topic page answers 200", page.status === 200 && page.html.includes(topic.title), `/topics/${topic.slug}: ${page.status}`);

  const urdu = await readPage(baseUrl, `/topics/${topic.slug}?lang=ur`);
  const htmlTag = /<html[^>]*>/.exec(urdu.html)?.[0] ?? "";
  report.check(
    "the page in Urdu (messages/*.json traced into the standalone build)",
    urdu.status === 200 && htmlTag.includes('lang="ur"') && htmlTag.includes('dir="rtl"') && urdu.html.includes(urduSkipLink()),
    `${urdu.status} ${htmlTag}`,
  );

  const health = await fetch(`${baseUrl}/api/health`);
  const healthBody = (await health.json()) as { status?: string };
  report.check("/api/health answers 200", health.status === 200 && healthBody.status === "ok", `${health.status} ${JSON.stringify(healthBody)}`);
}

/** The Dockerfile's HEALTHCHECK command, run as Docker would run it inside the container. */
export function checkHealthCheckCommand(report: Report, launch: Launch, env: NodeJS.ProcessEnv): void {
  const [program = "node", ...args] = launch.healthCheck;
  const result = spawnSync(program, args, { env, encoding: "utf8", timeout: 10_000 });
  report.check("the Dockerfile's HEALTHCHECK passes", result.status === 0, `${launch.healthCheck.slice(0, 2).join(" ")} ... exited with ${result.status}`);
}

/**
 * The image's server appends the socket's peer to X-Forwarded-For, as `npm start` does (Next's own
 * standalone server.js keeps what the client wrote): an anonymous survey answer sent with a forged
 * address is counted against the address the connection came from.
 */
export async function checkClientAddress(report: Report, baseUrl: string, sql: postgres.Sql, surveyId: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/surveys/${surveyId}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": FORGED_ADDRESS },
    body: JSON.stringify({ answers: { get_on: 4, belonging: "fairly", ideas: "Sent with a forged address" }, submissionKey: randomUUID() }),
  });
  const keys = (await sql<{ key: string }[]>`select key from rate_limits where key like 'survey-submit-ip:%'`).map((row) => row.key);
  report.check(
    "a forged X-Forwarded-For is not the client's address (the socket's peer is)",
    response.status === 201 && keys.length === 1 && !keys.some((key) => key.includes(FORGED_ADDRESS)),
    `${response.status}; limit counted against ${keys.join(", ") || "nothing"}`,
  );
}
