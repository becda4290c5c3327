import { describe, expect, it } from "vitest";
import { parseRecipientsCsv } from "./parse-recipients-csv";

const rows = (text: string) => {
  const csv = parseRecipientsCsv(text);
  if (!csv.ok) throw new Error(`not read: ${csv.error.key}`);
  return csv.rows;
};

describe("recipient CSV rows", () => {
  it("reads columns in any order and case, and ignores others", () => {
    const [row] = rows("Size,EMAIL,Organisation,Sector,Name,Notes\nSmall,Ann@Example.ORG,Ann's Bakery,i,Ann Baker,x\n");
    expect(row?.recipient).toEqual({ email: "ann@example.org", name: "Ann Baker", organisationName: "Ann's Bakery", sector: "I", sizeBand: "small", locale: null });
  });

  it("reads each recipient's language, and refuses one the site does not have", () => {
    const [urdu, unknown] = rows("email,language\nsaima@example.org,UR\nbo@example.org,so\n");
    expect(urdu?.recipient).toMatchObject({ email: "saima@example.org", locale: "ur" });
    expect(unknown?.errors).toEqual([{ key: "validation.campaign.language", values: { options: "en, pa, ur, pl, ar" } }]);
  });

  it("reports each row's problems with its line number", () => {
    const [good, bad] = rows("email,sector,size\nok@example.org,C,micro\nnot-an-address,ZZ,huge\n");
    expect(good?.errors).toEqual([]);
    expect(bad?.line).toBe(3);
    expect(bad?.recipient).toBeNull();
    expect(bad?.errors.map((error) => error.key)).toEqual(["validation.partnerContact.emailFormat", "validation.campaign.sector", "validation.campaign.size"]);
  });

  it("merges a repeated address into its first row, filling blanks", () => {
    const [first, second] = rows("email,organisation,size\nA@example.org,,small\na@example.org,Acme,large\n");
    expect(first?.recipient).toMatchObject({ email: "a@example.org", organisationName: "Acme", sizeBand: "small" });
    expect(second).toMatchObject({ recipient: null, errors: [], mergedInto: 2 });
  });

  it("refuses a file without an email column or with a repeated one", () => {
    expect(parseRecipientsCsv("name,organisation\nAnn,Acme\n")).toMatchObject({ ok: false, error: { key: "validation.campaign.noEmailColumn" } });
    expect(parseRecipientsCsv("email,Email\na@example.org,b@example.org\n")).toMatchObject({ ok: false, error: { key: "validation.campaign.repeatedColumn" } });
    expect(parseRecipientsCsv("email\n")).toMatchObject({ ok: false, error: { key: "validation.campaign.noRecipients" } });
  });
});
