import { beforeEach, describe, expect, it } from "vitest";
import { cacheVariant } from "./cacheable-request";
import { currentGeneration, fillOnce, noteWrite, readPage, storePage, type CachedPage } from "./page-cache";
import { freshBody } from "./serve-cached-page";

const page = (body: string, nonce = "n0nce", storedAt = 1_000): CachedPage => ({ body, nonce, headers: [], storedAt, generation: currentGeneration() });

describe("the page cache", () => {
  beforeEach(() => noteWrite());

  it("serves a page until its time is up", () => {
    storePage("/topics/a", page("<p>a</p>"));
    expect(readPage("/topics/a", 2_000, 2_999)?.body).toBe("<p>a</p>");
    expect(readPage("/topics/a", 2_000, 3_000)).toBeNull();
    expect(readPage("/topics/a", 2_000, 1_500)).toBeNull();
  });

  it("serves nothing after a write, including a page rendered while the write happened", () => {
    storePage("/topics/a", page("<p>a</p>"));
    const renderedBefore = page("<p>b</p>");
    noteWrite();
    storePage("/topics/b", renderedBefore);
    expect(readPage("/topics/a", 2_000, 1_000)).toBeNull();
    expect(readPage("/topics/b", 2_000, 1_000)).toBeNull();
  });

  it("puts each response's nonce wherever the rendered one was", () => {
    const rendered = page(`<script nonce="OLD">a</script><script nonce="OLD">b</script>`, "OLD");
    expect(freshBody(rendered, "NEW")).toBe(`<script nonce="NEW">a</script><script nonce="NEW">b</script>`);
  });

  it("gives a participants' page fresh form values in every response", () => {
    const tokens = { submissionKey: "0f0f0f0f-0000-4000-8000-000000000001", formToken: "1700000000000.c2lnbmF0dXJl" };
    const rendered = { ...page(`<input name="submissionKey" value="${tokens.submissionKey}"/><input name="shownAt" value="${tokens.formToken}"/>"${tokens.submissionKey}"`), tokens };
    const [first, second] = [freshBody(rendered, "n0nce"), freshBody(rendered, "n0nce")];
    const keys = (body: string) => [...body.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g)].map((match) => match[0]);
    expect(first).not.toContain(tokens.submissionKey);
    expect(first).not.toContain(tokens.formToken);
    expect(new Set(keys(first)).size).toBe(1);
    expect(keys(first)).toHaveLength(2);
    expect(keys(second)[0]).not.toBe(keys(first)[0]);
    expect(first).toMatch(/value="\d{13}\.[\w-]+"/);
  });

  it("renders once for readers who arrive together", async () => {
    let renders = 0;
    let finish: (value: CachedPage) => void = () => undefined;
    const fill = () => {
      renders += 1;
      return new Promise<CachedPage>((resolve) => (finish = resolve));
    };
    const first = fillOnce("/topics/a", fill);
    const second = fillOnce("/topics/a", fill);
    finish(page("<p>a</p>"));
    expect((await first)?.body).toBe("<p>a</p>");
    expect(await second).toBe(await first);
    expect(renders).toBe(1);
    await fillOnce("/topics/a", async () => {
      renders += 1;
      return null;
    });
    expect(renders).toBe(2);
  });
});

describe("cacheVariant", () => {
  const request = (options: { method?: string; path?: string; headers?: Record<string, string>; cookies?: string[] } = {}) => ({
    method: options.method ?? "GET",
    nextUrl: { pathname: options.path ?? "/topics/building-a-coventry-that-works-for-all" },
    headers: new Headers({ accept: "text/html,application/xhtml+xml", ...options.headers }),
    cookies: { get: (name: string) => ((options.cookies ?? []).includes(name) ? { value: "token" } : undefined) },
  });

  it("takes a signed-out reader's plain page load of a topic as the public page", () => {
    expect(cacheVariant(request())).toBe("public");
  });

  it.each([
    ["someone signed in", request({ cookies: ["authjs.session-token"] })],
    ["someone signed in over HTTPS", request({ cookies: ["__Secure-authjs.session-token"] })],
  ])("takes %s as the participants' page, made theirs per response", (_label, candidate) => {
    expect(cacheVariant(candidate)).toBe("participant");
  });

  it.each([
    ["a client-side navigation", request({ headers: { rsc: "1" } })],
    ["a signed-in client-side navigation", request({ headers: { rsc: "1" }, cookies: ["authjs.session-token"] })],
    ["a prefetch", request({ headers: { "next-router-prefetch": "1" } })],
    ["a server action", request({ method: "POST", headers: { "next-action": "abc" } })],
    ["a request that is not for HTML", request({ headers: { accept: "application/json" } })],
    ["another page", request({ path: "/console" })],
    ["the topic list", request({ path: "/topics" })],
  ])("leaves %s alone", (_label, candidate) => {
    expect(cacheVariant(candidate)).toBeNull();
  });
});

describe("relayPageCacheWrites", () => {
  it("passes a worker's write on to every other worker, and ignores other messages", async () => {
    const { EventEmitter } = await import("node:events");
    const { PAGE_CACHE_WRITE, relayPageCacheWrites } = await import("./cluster");
    const worker = () => ({ sent: [] as unknown[], send(message: unknown) { this.sent.push(message); } });
    const [one, two, three] = [worker(), worker(), worker()];
    const primary = Object.assign(new EventEmitter(), { workers: { 1: one, 2: two, 3: three } });
    relayPageCacheWrites(primary as unknown as import("node:cluster").Cluster);

    primary.emit("message", one, { type: PAGE_CACHE_WRITE });
    primary.emit("message", two, { type: "something else" });

    expect(one.sent).toEqual([]);
    expect(two.sent).toEqual([{ type: PAGE_CACHE_WRITE }]);
    expect(three.sent).toEqual([{ type: PAGE_CACHE_WRITE }]);
  });
});
