import { describe, expect, it } from "vitest";
import { anonymiseQuote } from "./anonymise";

describe("anonymiseQuote", () => {
  it.each([
    ["Write to jane.doe+council@example.co.uk about it", "Write to [email] about it"],
    ["Ring me on 024 7683 1234 or +44 (0)7700 900123.", "Ring me on [phone number] or [phone number]."],
    ["07700900123", "[phone number]"],
    ["I live at CV1 5FB and my mum at cv15fb", "I live at [postcode] and my mum at [postcode]"],
    ["SW1A 1AA is not here", "[postcode] is not here"],
    ["Ask @coventry_cyclist or @Jo.Bloggs", "Ask [handle] or [handle]"],
    ["Email me: anna@example.com, thanks @anna", "Email me: [email], thanks [handle]"],
  ])("masks %j", (input, expected) => {
    expect(anonymiseQuote(input)).toBe(expected);
  });

  it.each([
    "The 20 mph limit on 3 roads from 2026 is fine",
    "Buses at 7.30 and 8.15 are full",
    "Section 106 money, £1,500,000 of it",
    "I'm @ the meeting; a 5-star idea",
    "Room 12 on floor 3, gate A4",
  ])("leaves ordinary text alone: %j", (text) => {
    expect(anonymiseQuote(text)).toBe(text);
  });
});
