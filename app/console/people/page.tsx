import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RoleForm } from "@/components/people/role-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { ROLES } from "@/lib/domain/access/roles";
import { listPeople } from "@/lib/server/people/list-people";
import { ZPeopleQuery } from "@/lib/validations/people";
import { changeRoleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PeoplePage({ searchParams }: Props) {
  await requirePermission("people:manage", "/console/people");
  const t = await getTranslations("people");
  const roles = await getTranslations("roles");
  const parsed = ZPeopleQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : ZPeopleQuery.parse({});
  const result = await listPeople(query);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const pageHref = (page: number) => `/console/people?${new URLSearchParams({ q: query.q, role: query.role, page: String(page) })}`;
  return (
    <>
      <PageHeader title={t("title")} lede={t("intro")} />
      {parsed.success ? null : (
        <div className="notice" role="note">
          {t("badFilter")}
        </div>
      )}
      <form method="get" className="filter-bar" role="search" aria-label={t("searchLabel")}>
        <div className="form-group">
          <label className="label" htmlFor="q">
            {t("search")}
          </label>
          <input className="input" id="q" name="q" type="search" defaultValue={query.q} />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="role-filter">
            {t("filterRole")}
          </label>
          <select className="select" id="role-filter" name="role" defaultValue={query.role}>
            <option value="">{t("allRoles")}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roles(role)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("apply")}
        </button>
      </form>
      <p role="status">{t("count", { count: result.total })}</p>
      <DataTable
        caption={t("caption")}
        rows={result.people}
        rowKey={(person) => person.id}
        columns={[
          { key: "name", header: t("name"), cell: (person) => person.name ?? t("noName") },
          { key: "email", header: t("email"), cell: (person) => person.email },
          { key: "organisation", header: t("organisation"), cell: (person) => person.organisation ?? "" },
          { key: "role", header: t("role"), cell: (person) => <RoleForm action={changeRoleAction} userId={person.id} email={person.email} role={person.role} /> },
        ]}
      />
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="pagination">
          {query.page > 1 ? <Link href={pageHref(query.page - 1)}>{t("previous")}</Link> : null}
          <span>{t("pageOf", { page: query.page, pages })}</span>
          {query.page < pages ? <Link href={pageHref(query.page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
