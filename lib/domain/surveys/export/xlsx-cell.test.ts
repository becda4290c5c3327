import { describe, expect, it } from "vitest";
import { ooxmlText, XLSX_DATE_FORMAT, XLSX_DATETIME_FORMAT, xlsxCell, xlsxText } from "./xlsx-cell";

describe("xlsxText", () => {
  it.each(["=1+1@example.org", "+44 7700 900123", "-5", "0123", "@handle", "a\tb", "two\nlines", "Zażółć gęślą jaźń", "مرحبا بكم", "👩🏽‍🔧🚀", "x\u0085y"])(
    "writes %j as a plain string, exactly as typed (no apostrophe)",
    (typed) => {
      expect(xlsxText(typed)).toBe(typed);
    },
  );

  it.each([
    ["\tTabbed", "\tTabbed"],
    ["  spaced  ", "  spaced  "],
    ["line\n", "line\n"],
    ["\rReturn", "_x000D_Return"],
    ["a\r\nb", "a_x000D_\nb"],
    ["bell\u0007", "bell_x0007_"],
    ["_x0041_", "_x005F_x0041_"],
    ["_x0041_x0042_", "_x005F_x0041_x005F_x0042_"],
    ["_x00e9_", "_x005F_x00e9_"],
  ])("writes %j as an inline string %j, which a spreadsheet reads back as typed", (typed, escaped) => {
    expect(xlsxText(typed)).toEqual({ richText: [{ text: escaped }] });
  });
});

describe("ooxmlText", () => {
  it("leaves ordinary text, tabs and line feeds alone", () => {
    expect(ooxmlText("a\tb\nc _x41_ _xZZZZ_")).toBe("a\tb\nc _x41_ _xZZZZ_");
  });
});

describe("xlsxCell", () => {
  it("keeps numbers as numbers and nothing as nothing", () => {
    expect(xlsxCell(-5)).toEqual({ value: -5 });
    expect(xlsxCell(12.5)).toEqual({ value: 12.5 });
    expect(xlsxCell(null, "date")).toEqual({ value: null });
  });

  it("makes a date answer a date cell at midnight UTC, formatted as the day", () => {
    expect(xlsxCell("2026-03-14", "date")).toEqual({ value: new Date("2026-03-14T00:00:00Z"), numFmt: XLSX_DATE_FORMAT });
  });

  it("makes a submitted-at time a date cell with its time, formatted to the minute in UTC", () => {
    expect(xlsxCell("2026-11-02T09:30:15.123Z", "datetime")).toEqual({ value: new Date("2026-11-02T09:30:15.123Z"), numFmt: XLSX_DATETIME_FORMAT });
    expect(XLSX_DATETIME_FORMAT).toBe('yyyy-mm-dd hh:mm "UTC"');
  });

  it("keeps a value that is not a real date as text, and text in other columns as text", () => {
    expect(xlsxCell("2026-02-30", "date")).toEqual({ value: "2026-02-30" });
    expect(xlsxCell("soon", "datetime")).toEqual({ value: "soon" });
    expect(xlsxCell("2026-03-14")).toEqual({ value: "2026-03-14" });
    expect(xlsxCell("=1+1")).toEqual({ value: "=1+1" });
  });
});
