import { describe, expect, it } from "vitest";
import type { PersonalData } from "./personal-data";
import { renderPersonalDataHtml, type PersonalDataLabels } from "./personal-data-html";

const labels: PersonalDataLabels = {
  title: "Your data",
  generated: "Made on",
  none: "Nothing held.",
  sections: { profile: "Profile", comments: "Comments", helpfulMarks: "Helpful", reports: "Reports", surveyResponses: "Responses", surveyChanges: "Changes", joinRequests: "Requests to join", invitations: "Invitations", surveyInvitations: "Surveys sent", followedTopics: "Follows", consents: "Consents", emails: "Emails", aboutYou: "About you", aboutYouInvitation: "When we asked" },
  fields: { body: "Comment", topic: "Topic" },
};

const data: PersonalData = {
  generatedAt: "2026-12-03T10:00:00.000Z",
  profile: { name: "Amira <b>Hussain</b>", email: "amira@example.org", role: "resident", neighbourhood: "Foleshill", organisation: null, organisationRole: null, language: "اردو", joined: "2026-01-01T00:00:00.000Z" },
  comments: [{ topic: "Bus routes", body: `<script>alert("x")</script> & more`, status: "published", postedAt: "2026-02-01T00:00:00.000Z", editedAt: null, earlierWordings: ["first <i>try</i>"] }],
  helpfulMarks: [],
  reports: [],
  surveyResponses: [{ survey: "Residents", status: "submitted", reference: "LT-AAAA-BBBB", answers: { ideas: "More <festivals>", activities: ["sport"] }, startedAt: "2026-02-01T00:00:00.000Z", submittedAt: "2026-02-01T00:10:00.000Z" }],
  followedTopics: [],
  joinRequests: [{ organisation: "Canal Basin <Builders>", status: "pending", message: "", askedAt: "2026-02-03T00:00:00.000Z", answeredAt: null }],
  invitations: [],
  surveyInvitations: [],
  surveyChanges: [{ survey: "Employers", question: "Vacancies next year", before: null, after: { vacancies: 5 }, changedAt: "2026-02-02T10:42:00.000Z" }],
  consents: [],
  emails: [],
  aboutYou: [{ question: "Ethnic group", answer: "Pakistani", savedAt: "2026-02-04T00:00:00.000Z" }],
  aboutYouInvitation: [],
};

describe("renderPersonalDataHtml", () => {
  const html = renderPersonalDataHtml(data, labels, "en");

  it("escapes every value: nothing a person typed becomes markup", () => {
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>Hussain");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more");
    expect(html).toContain("More &lt;festivals&gt;");
  });

  it("has a section for every kind of data, with column names in the person's language and a note where nothing is held", () => {
    for (const heading of Object.values(labels.sections)) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain('<th scope="col">Comment</th>');
    expect(html.match(/Nothing held\./g)).toHaveLength(8);
    expect(html).toContain('<html lang="en" dir="ltr">');
  });
});
