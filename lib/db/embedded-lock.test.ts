import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { claimEmbeddedDatabase, EmbeddedDatabaseBusy, releaseEmbeddedDatabase } from "./embedded-lock";

function folder(): string {
  return join(mkdtempSync(join(tmpdir(), "lock-")), "pglite");
}

describe("the embedded database lock", () => {
  it("records this process and removes the file on release", () => {
    const dir = folder();
    claimEmbeddedDatabase(dir);
    expect(readFileSync(`${dir}.pid`, "utf8")).toBe(String(process.pid));
    releaseEmbeddedDatabase(dir);
    expect(existsSync(`${dir}.pid`)).toBe(false);
  });

  it("refuses a folder another live process holds, naming it", () => {
    const dir = folder();
    writeFileSync(`${dir}.pid`, String(process.ppid));
    expect(() => claimEmbeddedDatabase(dir)).toThrow(EmbeddedDatabaseBusy);
    expect(() => claimEmbeddedDatabase(dir)).toThrow(`pid ${process.ppid}`);
    expect(readFileSync(`${dir}.pid`, "utf8")).toBe(String(process.ppid));
  });

  it("takes over a file left by a process that has ended", () => {
    const dir = folder();
    const ended = spawnSync(process.execPath, ["-e", "0"]).pid;
    writeFileSync(`${dir}.pid`, String(ended));
    claimEmbeddedDatabase(dir);
    expect(readFileSync(`${dir}.pid`, "utf8")).toBe(String(process.pid));
    releaseEmbeddedDatabase(dir);
  });

  it("leaves another process's file alone on release", () => {
    const dir = folder();
    writeFileSync(`${dir}.pid`, String(process.ppid));
    releaseEmbeddedDatabase(dir);
    expect(existsSync(`${dir}.pid`)).toBe(true);
  });
});
