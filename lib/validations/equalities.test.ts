import { describe, expect, it } from "vitest";
import { ZScopeParam } from "./equalities";

const ID = "3e6e260e-96d4-4117-a2d9-ef75282ab180";

describe("ZScopeParam", () => {
  it("reads everyone, or a kind and its id", () => {
    expect(ZScopeParam.parse("all")).toEqual({ kind: "all" });
    expect(ZScopeParam.parse(`topic:${ID}`)).toEqual({ kind: "topic", id: ID });
    expect(ZScopeParam.parse(`neighbourhood:${ID}`)).toEqual({ kind: "neighbourhood", id: ID });
  });

  it.each(["", "everyone", `user:${ID}`, "topic:", "topic:not-an-id-at-all-but-thirty-six-c", `topic:${ID}:x`])("refuses %j", (value) => {
    expect(ZScopeParam.safeParse(value).error?.issues[0]?.message).toBe("validation.population.scope");
  });
});
