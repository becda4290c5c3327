import { describe, expect, it } from "vitest";
import { SKILLS_GAP_SURVEY } from "@/lib/seed/demo-surveys";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { exportColumns, questionColumns, TICKED, type ExportResponse } from "./export-columns";

const definition = ZSurveyDefinition.parse(SKILLS_GAP_SURVEY.definition);

const response: ExportResponse = {
  reference: "LT-AAAA-BBBB",
  submittedAt: new Date("2026-11-02T09:30:00.000Z"),
  locale: "ur",
  channel: "paper",
  organisationName: "Acme Ltd",
  sector: "C",
  sizeBand: "small",
  neighbourhood: "Foleshill",
  respondentName: "Sam",
  respondentEmail: "sam@example.test",
  answers: {
    skills_gaps: "yes",
    gap_skills: ["english", "other"],
    "gap_skills.other": "Forklift",
    gap_impact: 4,
    hired_before: "no",
    would_consider: "maybe",
    support_usefulness: { briefing: 5, referrals: 2 },
    vacancies: 12,
  },
};

function row(options: { organisation: boolean; identity: boolean }): Record<string, unknown> {
  const columns = exportColumns(definition, options);
  return Object.fromEntries(columns.map((column) => [column.header, column.value(response)]));
}

describe("exportColumns", () => {
  it("starts with the reference, the time in ISO, the language and the channel, then organisation and respondent when asked", () => {
    const headers = exportColumns(definition, { organisation: true, identity: true }).map((column) => column.header);
    expect(headers.slice(0, 10)).toEqual(["Reference", "Submitted at", "Language", "Channel", "Organisation", "Sector", "Size", "Neighbourhood", "Respondent name", "Respondent email"]);
    const values = row({ organisation: true, identity: true });
    expect(values["Submitted at"]).toBe("2026-11-02T09:30:00.000Z");
    expect(values.Language).toBe("Urdu");
    expect(values.Channel).toBe("paper");
    expect(values.Sector).toBe("Manufacturing");
    expect(values.Size).toBe("Small (10 to 49 employees)");
    const kinds = exportColumns(definition, { organisation: true, identity: true }).filter((column) => column.kind);
    expect(kinds.map(({ header, kind }) => [header, kind])).toEqual([["Submitted at", "datetime"]]);
  });

  it("marks a date question's column as a date, keeping its ISO text for the CSV", () => {
    const [column] = questionColumns({ id: "start", type: "date", title: "Start date", hint: "", required: false, showIf: null });
    expect(column?.kind).toBe("date");
    expect(column?.value({ ...response, answers: { start: "2026-03-14" } })).toBe("2026-03-14");
  });

  it("leaves out the respondent (anonymous surveys) and the organisation when not asked", () => {
    const headers = exportColumns(definition, { organisation: false, identity: false }).map((column) => column.header);
    expect(headers).not.toContain("Respondent email");
    expect(headers).not.toContain("Organisation");
  });

  it("names every language in English, and writes a code it does not know as it is", () => {
    const language = exportColumns(definition, { organisation: false, identity: false }).find((column) => column.header === "Language");
    expect(["en", "pa", "ur", "pl", "ar", "xx"].map((locale) => language?.value({ ...response, locale }))).toEqual(["English", "Punjabi", "Urdu", "Polish", "Arabic", "xx"]);
  });

  it("gives multiple choice one column per option, ticked with Yes, plus Other and its text", () => {
    const values = row({ organisation: false, identity: false });
    expect(values["Which skills are hardest to find?: Spoken and written English"]).toBe(TICKED);
    expect(values["Which skills are hardest to find?: Digital and IT skills"]).toBeNull();
    expect(values["Which skills are hardest to find?: Other"]).toBe(TICKED);
    expect(values["Which skills are hardest to find?: other (please specify)"]).toBe("Forklift");
  });

  it("gives a grid one column per row, and writes choices by their labels and numbers as numbers", () => {
    const values = row({ organisation: false, identity: false });
    expect(values["How useful would each of these be to your organisation?: A one-hour right-to-work briefing"]).toBe(5);
    expect(values["How useful would each of these be to your organisation?: A helpline for paperwork questions"]).toBeNull();
    expect(values["Does your organisation have significant skills gaps at the moment?"]).toBe("Yes");
    expect(values["Would you consider employing refugees or migrants to fill your skills gaps?"]).toBe("Maybe, with the right support");
    expect(values["About how many vacancies do you expect in the next 12 months?"]).toBe(12);
    expect(values["Which roles are hardest to fill?"]).toBeNull();
  });
});
