/** Contacts grouped by organisation, in the order given (already by organisation, then name). */
export function byOrganisation<C extends { organisation: string }>(contacts: C[]): { organisation: string; contacts: C[] }[] {
  const groups: { organisation: string; contacts: C[] }[] = [];
  for (const contact of contacts) {
    const last = groups[groups.length - 1];
    if (last?.organisation === contact.organisation) last.contacts.push(contact);
    else groups.push({ organisation: contact.organisation, contacts: [contact] });
  }
  return groups;
}
