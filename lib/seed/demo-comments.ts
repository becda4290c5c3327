/** A few published comments so the demo discussions read like real ones. */
type DemoComment = { author: string; body: string; helpful?: number; replies?: DemoComment[] };

export const DEMO_COMMENTS: Record<string, DemoComment[]> = {
  "building-a-coventry-that-works-for-all": [
    {
      author: "employer@example.org",
      body: "We have two vacancies for CNC machinists we cannot fill. We would happily interview refugees with the right experience, but we are not sure which documents we need to see for the right-to-work check.\n\nA simple checklist from the council would make a big difference to small firms like ours.",
      helpful: 3,
      replies: [
        {
          author: "partner@example.org",
          body: "CWN Community runs drop-in sessions in Foleshill where we help people get their documents together. Happy to work with employers on this too.",
        },
      ],
    },
    {
      author: "resident@example.org",
      body: "The community centre on Foleshill Road is where people from different backgrounds actually meet. More family events there would help newer residents feel part of things.",
      helpful: 1,
    },
  ],
  "community-learning-plan": [
    {
      author: "resident@example.org",
      body: "Evening classes would help. Most courses near me are in the daytime when I am at work or looking after the children.",
    },
  ],
};
