import { describe, expect, it } from "vitest";
import { postgresOptions } from "./client";

describe("postgresOptions", () => {
  it("keeps prepared statements on a direct or session connection", () => {
    expect(postgresOptions({ mode: "session", size: 10 })).toMatchObject({ prepare: true, max: 10 });
  });

  it("turns prepared statements off behind a transaction pooler, with the configured pool size", () => {
    expect(postgresOptions({ mode: "transaction", size: 2 })).toMatchObject({ prepare: false, max: 2 });
  });
});
