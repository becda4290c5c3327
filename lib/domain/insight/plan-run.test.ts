import { describe, expect, it } from "vitest";
import type { ItemPhrases } from "./extract-themes";
import { planRun, survivorOf, type ExistingTheme } from "./plan-run";

const item = (id: string, ...phrases: string[]): ItemPhrases => ({ id, phrases: new Map(phrases.map((phrase) => [phrase, phrase])) });
const theme = (id: string, keyPhrases: string[], more: Partial<ExistingTheme> = {}): ExistingTheme => ({ id, origin: "analysis", deleted: false, mergedInto: null, keyPhrases, ...more });
const weights = new Map([["bus", 1], ["bus fare", 2], ["childcare", 1], ["nursery", 1]]);
const items = [item("a", "bus", "bus fare"), item("b", "bus"), item("c", "childcare"), item("d", "nursery", "childcare")];

describe("planRun", () => {
  it("makes new themes for proposals that match nothing, and codes their items", () => {
    const plan = planRun([], [{ label: "Bus", keyPhrases: ["bus", "bus fare"], items: [] }], items, weights);
    expect(plan.create).toEqual([{ key: 0, label: "Bus", keyPhrases: ["bus", "bus fare"] }]);
    expect(plan.codings).toEqual([
      { theme: { key: 0 }, itemId: "a", score: 1 },
      { theme: { key: 0 }, itemId: "b", score: 0.333 },
    ]);
  });

  it("refreshes an untouched analysis theme, keeps an officer's, and never brings back a deleted one", () => {
    const existing = [theme("t1", ["bus"]), theme("t2", ["childcare"], { origin: "officer" }), theme("t3", ["nursery"], { deleted: true })];
    const plan = planRun(existing, [
      { label: "Buses", keyPhrases: ["bus", "bus fare"], items: [] },
      { label: "Childcare", keyPhrases: ["childcare", "nursery"], items: [] },
      { label: "Nursery", keyPhrases: ["nursery"], items: [] },
    ], items, weights);
    expect(plan.create).toEqual([]);
    expect(plan.refresh).toEqual([{ id: "t1", label: "Buses", keyPhrases: ["bus", "bus fare"] }]);
    const coded = (id: string) => plan.codings.filter((coding) => "id" in coding.theme && coding.theme.id === id).map((coding) => coding.itemId);
    expect(coded("t2")).toEqual(["c", "d"]);
    expect(coded("t3")).toEqual([]);
  });

  it("sends a merged theme's proposals to its survivor", () => {
    const existing = [theme("keep", ["childcare"], { origin: "officer" }), theme("gone", ["bus"], { mergedInto: "keep" })];
    expect(survivorOf("gone", new Map(existing.map((entry) => [entry.id, entry])))?.id).toBe("keep");
    const plan = planRun(existing, [{ label: "Bus", keyPhrases: ["bus"], items: [] }], items, weights);
    expect(plan.create).toEqual([]);
    expect(plan.codings.filter((coding) => "id" in coding.theme && coding.theme.id === "keep").map((coding) => coding.itemId)).toEqual(["a", "b", "c", "d"]);
  });
});
