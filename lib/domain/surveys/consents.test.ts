import { describe, expect, it } from "vitest";
import { consentsGiven } from "./consents";
import { ZSurveyDefinition } from "./definition";

const definition = ZSurveyDefinition.parse({
  sections: [
    {
      id: "about",
      title: "About",
      questions: [
        { id: "name", type: "short_text", title: "Your name" },
        { id: "contact", type: "consent", title: "The council may contact me about this survey.", hint: "Leave this unticked if not." },
        { id: "share", type: "consent", title: "My answers may be shared with partners." },
      ],
    },
  ],
});

describe("consentsGiven", () => {
  it("lists the consent questions ticked, with the words shown", () => {
    expect(consentsGiven(definition, { name: "Tom", contact: "yes" })).toEqual([
      { questionId: "contact", wording: "The council may contact me about this survey.\nLeave this unticked if not." },
    ]);
    expect(consentsGiven(definition, { contact: "yes", share: "yes" }).map((consent) => consent.questionId)).toEqual(["contact", "share"]);
  });

  it("records nothing where nothing was agreed", () => {
    expect(consentsGiven(definition, { name: "Tom" })).toEqual([]);
  });
});
