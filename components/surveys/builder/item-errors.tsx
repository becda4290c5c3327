/** The problems the last save found with one section or question, shown at the top of it. */
export function ItemErrors({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <ul className="error-message builder-errors" id={id}>
      {messages.map((message) => (
        <li key={message}>
          <span className="visually-hidden">Error: </span>
          {message}
        </li>
      ))}
    </ul>
  );
}
