type Props = { heading: string; entries: { key: string; text: string }[] };

/** "Who changed what" on a shared response: one line per change, given oldest first, shown newest first. */
export function ResponseHistory({ heading, entries }: Props) {
  if (entries.length === 0) return null;
  return (
    <section className="response-history" aria-labelledby="response-history-title">
      <h2 id="response-history-title">{heading}</h2>
      <ul className="list list--bullet response-history__list">
        {entries.toReversed().map((entry) => (
          <li key={entry.key}>{entry.text}</li>
        ))}
      </ul>
    </section>
  );
}
