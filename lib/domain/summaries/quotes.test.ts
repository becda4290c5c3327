import { describe, expect, it } from "vitest";
import { pickQuotes, quoteText } from "./quotes";

const topic = (id: string) => ({ id, title: `Topic ${id}`, url: `https://example.test/topics/${id}` });

describe("quoteText", () => {
  it("keeps a short comment as it is, with white space collapsed", () => {
    expect(quoteText("  More buses\n\nplease,   in the evening.  ")).toBe("More buses please, in the evening.");
  });

  it("cuts a long comment at a word boundary to at most 160 characters, with an ellipsis", () => {
    const long = `${"word ".repeat(60)}end`;
    const quote = quoteText(long);
    expect(quote.length).toBeLessThanOrEqual(160);
    expect(quote.endsWith("word…")).toBe(true);
  });

  it("takes out email addresses, phone numbers and links", () => {
    const quote = quoteText("Ring me on 07700 900123 or write to amira@example.org, see https://example.org/x for more.");
    expect(quote).not.toMatch(/07700|amira@|https:/);
    expect(quote).toContain("[number removed]");
    expect(quote).toContain("[email removed]");
  });
});

describe("pickQuotes", () => {
  it("takes one quote per topic first, in the order given, then fills up", () => {
    const picked = pickQuotes([
      { body: "The first comment on topic A is long enough.", topic: topic("a") },
      { body: "The second comment on topic A is long enough.", topic: topic("a") },
      { body: "The first comment on topic B is long enough.", topic: topic("b") },
    ]);
    expect(picked.map((quote) => quote.text)).toEqual([
      "The first comment on topic A is long enough.",
      "The first comment on topic B is long enough.",
      "The second comment on topic A is long enough.",
    ]);
  });

  it("skips comments too short to say anything, and stops at three", () => {
    const many = Array.from({ length: 6 }, (_, index) => ({ body: `A useful comment number ${index} about buses.`, topic: topic(String(index)) }));
    expect(pickQuotes([{ body: "Yes!", topic: topic("x") }, ...many])).toHaveLength(3);
    expect(pickQuotes([{ body: "Agreed.", topic: topic("x") }])).toEqual([]);
  });
});
