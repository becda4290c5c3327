import { describe, expect, it } from "vitest";
import { MAX_CSV_ROWS, parseContactsCsv, type ContactCsv } from "./parse-contacts-csv";
import { readCsvFile } from "./read-csv-file";
import { en } from "@/tests/support/messages";

const THEMES = [
  { id: "11111111-1111-4111-8111-111111111111", slug: "housing", name: "Housing" },
  { id: "22222222-2222-4222-8222-222222222222", slug: "jobs-and-economy", name: "Jobs and economy" },
];
const [HOUSING, JOBS] = THEMES.map((theme) => theme.id);

/** The rows, each row's problems in English. */
function rows(result: ContactCsv) {
  if (!result.ok) throw new Error(`Expected rows, got: ${en(result.error)}`);
  return result.rows.map((row) => ({ ...row, errors: row.errors.map((error) => en(error)) }));
}

/** The problem with the whole file, in English. */
function fileError(result: ContactCsv): string {
  if (result.ok) throw new Error("Expected a file error");
  return en(result.error);
}

/** readCsvFile with its problem in English. */
async function readCsvText(file: File) {
  const read = await readCsvFile(file);
  return read.ok ? read : { ok: false, error: en(read.error) };
}

const csv = (...lines: string[]) => lines.join("\r\n");

describe("parseContactsCsv", () => {
  it("reads valid rows with defaults, themes by name or slug, and lower-cases addresses", () => {
    const result = rows(
      parseContactsCsv(
        csv(
          "\uFEFFName,Email,Role,Frequency,Themes,Language",
          "Asha Patel,Asha.Patel@Example.org,Project manager,Weekly,housing; Jobs and economy,en",
          "Ben Lee,ben@example.org,,,,",
          '"Carr, Dana",dana@example.org,"Officer, ""health""",monthly,all,EN',
        ),
        THEMES,
      ),
    );
    expect(result.length).toBe(3);
    expect(result.map((row) => row.errors)).toEqual([[], [], []]);
    expect(result.map((row) => row.line)).toEqual([2, 3, 4]);
    expect(result[0]?.contact).toEqual({ name: "Asha Patel", email: "asha.patel@example.org", role: "Project manager", frequency: "weekly", language: "en", allThemes: false, themeIds: [HOUSING, JOBS] });
    expect(result[1]?.contact).toEqual({ name: "Ben Lee", email: "ben@example.org", role: null, frequency: "monthly", language: "en", allThemes: true, themeIds: [] });
    expect(result[2]?.contact).toMatchObject({ name: "Carr, Dana", role: 'Officer, "health"', allThemes: true });
  });

  it("lists each row's own problems and keeps the good rows", () => {
    const result = rows(
      parseContactsCsv(
        csv(
          "name,email,frequency,themes,language",
          "Good Row,good@example.org,weekly,Housing,en",
          ",not-an-email,daily,Housing;Parking,so",
          "Again,GOOD@example.org,monthly,all,en",
          "Mixed,mixed@example.org,monthly,all;housing,en",
          "Extra,extra@example.org,monthly,all,en,surprise",
        ),
        THEMES,
      ),
    );
    expect(result[0]?.errors).toEqual([]);
    expect(result[1]?.contact).toBeNull();
    expect(result[1]?.errors).toEqual([
      "Enter the contact's name.",
      "Enter an email address in the correct format, like name@example.org.",
      "Choose weekly or monthly.",
      "Choose a language the summaries are written in: en, pa, ur, pl, ar.",
      'Unknown theme "Parking".',
    ]);
    expect(result[2]?.errors).toEqual(["good@example.org appears more than once in the file (first on row 2)."]);
    expect(result[3]?.errors).toEqual(['Write "all" on its own, or list the themes, not both.']);
    expect(result[4]?.errors).toEqual(["This row has 6 values, but the first row names 5 columns."]);
    expect(result[1]?.cells).toEqual({ name: "", email: "not-an-email", role: "", frequency: "daily", themes: "Housing;Parking", language: "so" });
  });

  it("skips blank lines and rows of empty values, keeping the file's line numbers", () => {
    const result = rows(parseContactsCsv(csv("name,email", "", "A,a@example.org", ",", "B,b@example.org"), THEMES));
    expect(result.map((row) => [row.line, row.contact?.email])).toEqual([
      [3, "a@example.org"],
      [5, "b@example.org"],
    ]);
  });

  it("refuses a file without the required columns, with unknown or repeated columns, in one clear message", () => {
    expect(fileError(parseContactsCsv(csv("name,role", "A,Chair"), THEMES))).toMatch(/^The file has no "email" column\. The first row must name the columns: name, email, role, frequency, themes, language/);
    expect(fileError(parseContactsCsv(csv("email,phone", "a@example.org,123"), THEMES))).toMatch(/^The file has a column we do not recognise: "phone"\./);
    expect(fileError(parseContactsCsv(csv("name,email,email", "A,a@example.org,b@example.org"), THEMES))).toMatch(/^The column "email" appears more than once\./);
  });

  it("refuses empty files, a header alone, broken quoting, too many rows and too many bytes", () => {
    expect(fileError(parseContactsCsv("", THEMES))).toMatch(/^The file is empty/);
    expect(fileError(parseContactsCsv("name,email\n", THEMES))).toBe("The file has no contacts below the header row.");
    expect(fileError(parseContactsCsv(csv("name,email", '"Unclosed,a@example.org'), THEMES))).toMatch(/^The file could not be read as CSV \(a problem near line 2\)/);
    const many = ["name,email", ...Array.from({ length: MAX_CSV_ROWS + 1 }, (_, index) => `P${index},p${index}@example.org`)];
    expect(fileError(parseContactsCsv(csv(...many), THEMES))).toBe("The file has 1,001 contacts: import at most 1,000 at a time.");
    expect(rows(parseContactsCsv(csv(...many.slice(0, -1)), THEMES)).length).toBe(MAX_CSV_ROWS);
    expect(fileError(parseContactsCsv(`name,email\n${"x".repeat(1024 * 1024)}`, THEMES))).toMatch(/^The file is larger than 1 MB/);
  });
});

describe("readCsvFile", () => {
  it("reads a UTF-8 CSV file", async () => {
    expect(await readCsvFile(new File(["name,email\nZoë,z@example.org"], "contacts.csv", { type: "text/csv" }))).toEqual({ ok: true, text: "name,email\nZoë,z@example.org" });
  });

  it("refuses other files with the reason", async () => {
    expect(await readCsvText(new File(["%PDF-1.7"], "contacts.pdf", { type: "application/pdf" }))).toEqual({ ok: false, error: expect.stringMatching(/^contacts\.pdf is not a CSV file\./) });
    expect(await readCsvText(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])], "contacts.csv"))).toEqual({ ok: false, error: expect.stringMatching(/^contacts\.csv is not a CSV file\./) });
    expect(await readCsvText(new File([new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0xe9])], "latin1.csv"))).toEqual({ ok: false, error: expect.stringMatching(/^latin1\.csv is not UTF-8 text\./) });
    expect(await readCsvText(new File(["x".repeat(1024 * 1024 + 1)], "big.csv"))).toEqual({ ok: false, error: "big.csv is larger than 1 MB. Split it into smaller files." });
  });
});
