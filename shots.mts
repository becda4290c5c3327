import { chromium } from "@playwright/test";
import postgres from "postgres";
import { randomBytes } from "node:crypto";
const base = "http://localhost:3150";
const sql = postgres("postgres://postgres@127.0.0.1:5432/lets_talk_shots", { max: 1 });
const token = randomBytes(16).toString("hex");
await sql`insert into sessions (session_token, user_id, expires) select ${token}, id, now() + interval '1 day' from users where email = 'officer@example.org'`;
const [s] = await sql`select id from surveys where slug = 'employer-skills-gap-survey'`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const anon = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
await ctx.addCookies([{ name: "authjs.session-token", value: token, url: base }]);
const page = await ctx.newPage();
const pages: [string, string, typeof page][] = [
  ["surveys", "/surveys", anon],
  ["start", "/surveys/a-coventry-that-works-for-all", anon],
  ["console-list", "/console/surveys", page],
  ["results", `/console/surveys/${s.id}/results`, page],
  ["results-sector", `/console/surveys/${s.id}/results?sector=C&by=size`, page],
  ["versions", `/console/surveys/${s.id}/versions`, page],
  ["preview", `/console/surveys/${s.id}/preview`, page],
];
for (const [name, path, p] of pages) {
  await p.goto(base + path);
  await p.screenshot({ path: `/tmp/shots/${name}.png` });
  for (const y of [1, 2, 3]) { await p.evaluate((v) => window.scrollTo(0, v * 1000), y); await p.screenshot({ path: `/tmp/shots/${name}-${y}.png` }); }
}
await browser.close(); await sql.end();
