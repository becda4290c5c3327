import { describe, expect, it } from "vitest";
import { csvCell, csvLine, neutralise } from "./csv-cell";

describe("neutralise", () => {
  it.each(["=SUM(A1:A2)", "+44 24 7683 3333", "-1+2", "@cmd", "\tTabbed", "\rReturn"])("puts an apostrophe before %j", (value) => {
    expect(neutralise(value)).toBe(`'${value}`);
  });

  it("leaves ordinary text, numbers (negative ones too) and empty cells alone", () => {
    expect(neutralise("Care workers")).toBe("Care workers");
    expect(neutralise("a=b")).toBe("a=b");
    expect(neutralise(-3)).toBe(-3);
    expect(neutralise(null)).toBeNull();
  });
});

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks, doubling the quotes (RFC 4180)", () => {
    expect(csvCell("HGV drivers, care workers")).toBe('"HGV drivers, care workers"');
    expect(csvCell('He said "no"')).toBe('"He said ""no"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("neutralises before quoting, and writes numbers and nothing as they are", () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell(12.5)).toBe("12.5");
    expect(csvCell(null)).toBe("");
  });
});

describe("csvLine", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvLine(["a", null, 3, "b,c"])).toBe('a,,3,"b,c"\r\n');
  });
});
