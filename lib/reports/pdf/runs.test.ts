import { describe, expect, it } from "vitest";
import { fontRuns } from "./runs";

describe("fontRuns", () => {
  it("keeps text in one run when one subset has every letter", () => {
    expect(fontRuns("Café in Coventry – “quoted” £5")).toEqual([{ subset: "latin", text: "Café in Coventry – “quoted” £5" }]);
    expect(fontRuns("")).toEqual([]);
  });

  it("splits text where the letters need the other subset", () => {
    expect(fontRuns("Łódź and Gdańsk")).toEqual([
      { subset: "latinExt", text: "Ł" },
      { subset: "latin", text: "ód" },
      { subset: "latinExt", text: "ź " },
      { subset: "latin", text: "and Gda" },
      { subset: "latinExt", text: "ń" },
      { subset: "latin", text: "sk" },
    ]);
  });
});
