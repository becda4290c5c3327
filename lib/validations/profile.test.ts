import { describe, expect, it } from "vitest";
import { ZProfileInput } from "./profile";

const ID = "3e6e260e-96d4-4117-a2d9-ef75282ab180";

describe("ZProfileInput", () => {
  it("trims the name and keeps chosen ids", () => {
    expect(ZProfileInput.parse({ name: "  Amira  ", neighbourhoodId: ID })).toEqual({ name: "Amira", neighbourhoodId: ID });
  });

  it("turns an empty choice into null", () => {
    expect(ZProfileInput.parse({ name: "Amira", neighbourhoodId: "" })).toEqual({ name: "Amira", neighbourhoodId: null });
  });

  it("ignores an organisation sent with the form: joining one is not a profile change", () => {
    expect(ZProfileInput.parse({ name: "Amira", organisationId: ID })).toEqual({ name: "Amira", neighbourhoodId: null });
  });

  it("turns a field the form did not send into null", () => {
    expect(ZProfileInput.parse({ name: "Amira" })).toEqual({ name: "Amira", neighbourhoodId: null });
  });

  it.each([
    [{ name: "   " }, "name"],
    [{ name: "x".repeat(81) }, "name"],
    [{ name: "Amira", neighbourhoodId: "not-an-id" }, "neighbourhoodId"],
  ])("refuses %j naming %s", (input, field) => {
    const result = ZProfileInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([field]);
  });
});
