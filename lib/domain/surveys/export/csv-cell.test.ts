import { describe, expect, it } from "vitest";
import { couldRunAsFormula, csvCell, csvLine, neutralise } from "./csv-cell";

describe("neutralise", () => {
  // What a respondent typed, and what the CSV holds for it.
  it.each([
    // Plain numbers: a spreadsheet reads them as the numbers they are, never as formulas.
    ["-5", "-5"],
    ["+3", "+3"],
    ["-1.5", "-1.5"],
    ["-.5", "-.5"],
    ["+1e3", "+1e3"],
    ["-2.5E-3", "-2.5E-3"],
    ["0123", "0123"],
    // Phone numbers: digits grouped by spaces, hyphens, dots or brackets after a plus.
    ["+44 7700 900123", "+44 7700 900123"],
    ["+1-555-0100", "+1-555-0100"],
    ["+44 (0)20 7946 0000", "+44 (0)20 7946 0000"],
    ["+(44) 24.7683.3333", "+(44) 24.7683.3333"],
    ["+447700900123", "+447700900123"],
    // Anything else that begins like a formula or a command.
    ["=1+1@example.org", "'=1+1@example.org"],
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["@handle", "'@handle"],
    ["-2+3", "'-2+3"],
    ["+A1", "'+A1"],
    ["-1+2", "'-1+2"],
    ["+1-2", "'+1-2"],
    ["+44 7700 900123 ext 4", "'+44 7700 900123 ext 4"],
    ["+1 234 567 890 123 456", "'+1 234 567 890 123 456"],
    ["+44 77", "'+44 77"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-5 degrees", "'-5 degrees"],
    ["--5", "'--5"],
    ["-", "'-"],
    ["+", "'+"],
    ["\tTabbed", "'\tTabbed"],
    ["\t-5", "'\t-5"],
    ["\rReturn", "'\rReturn"],
    // Ordinary text, wherever a symbol sits after the first character.
    ["Care workers", "Care workers"],
    ["a=b", "a=b"],
    ["5-2", "5-2"],
    ["07700 900123", "07700 900123"],
    [" =1+1", " =1+1"],
    ["", ""],
  ])("%j is written as %j", (typed, written) => {
    expect(neutralise(typed)).toBe(written);
    expect(couldRunAsFormula(typed)).toBe(typed !== written);
  });

  it("leaves numbers (negative ones too) and empty cells alone", () => {
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
    expect(csvCell("\rReturn")).toBe(`"'\rReturn"`);
    expect(csvCell("+44 7700 900123")).toBe("+44 7700 900123");
    expect(csvCell(12.5)).toBe("12.5");
    expect(csvCell(null)).toBe("");
  });
});

describe("csvLine", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvLine(["a", null, 3, "b,c"])).toBe('a,,3,"b,c"\r\n');
  });
});
