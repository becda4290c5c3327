import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import type { FormAction } from "@/components/ui/form-state";

type Person = { id: string; name: string | null; email: string; role: "administrator" | "member"; isYou: boolean };

/**
 * The organisation's people and their roles. Administrators also get, for everyone else, the
 * forms to make them an administrator or a member, or remove them.
 */
export function PeopleList({ people, changeAction }: { people: Person[]; changeAction: FormAction | null }) {
  const t = useTranslations("organisationPage.people");
  const change = (person: Person, to: "administrator" | "member" | "remove") =>
    changeAction ? (
      <ActionForm key={to} action={changeAction} label={t(`change.${to}Label`, { name: person.name ?? person.email })} submitLabel={t(`change.${to}`)} pendingLabel={t("change.pending")} variant={to === "remove" ? "warning" : "secondary"} className="action-form action-form--inline">
        <input type="hidden" name="userId" value={person.id} />
        <input type="hidden" name="change" value={to} />
      </ActionForm>
    ) : null;
  return (
    <DataTable
      caption={t("caption")}
      rowKey={(person) => person.id}
      rows={people}
      columns={[
        { key: "name", header: t("name"), rowHeader: true, cell: (person) => (person.isYou ? t("you", { name: person.name ?? person.email }) : (person.name ?? person.email)) },
        { key: "email", header: t("email"), cell: (person) => person.email },
        { key: "role", header: t("role"), cell: (person) => t(`roles.${person.role}`) },
        ...(changeAction
          ? [
              {
                key: "actions",
                header: t("actions"),
                cell: (person: Person) => (person.isYou ? null : <div className="button-row">{[change(person, person.role === "administrator" ? "member" : "administrator"), change(person, "remove")]}</div>),
              },
            ]
          : []),
      ]}
    />
  );
}
