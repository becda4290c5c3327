import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { auditLog, organisations, users } from "@/lib/db/schema";
import { ConflictError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { changeRole } from "@/lib/server/people/change-role";
import { grantConfiguredAdmin } from "@/lib/server/people/grant-configured-admin";
import { listPeople } from "@/lib/server/people/list-people";
import { ZPeopleQuery } from "@/lib/validations/people";
import { createUser, uniqueTag } from "@/tests/support/factories";

const db = () => getDb();

async function roleOf(userId: string) {
  const [row] = await db().select({ role: users.role }).from(users).where(eq(users.id, userId));
  return row?.role;
}

async function auditFor(subjectId: string) {
  return db()
    .select({ actorId: auditLog.actorId, action: auditLog.action, subjectType: auditLog.subjectType, details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.subjectId, subjectId));
}

/**
 * Runs `body` while `admins` are the only admins in the database. A shared server database holds
 * admins from other files (the demo seed among them): they are made officers for the duration and
 * restored after. Files sharing a server database run one at a time, so nobody sees the gap.
 */
async function withOnlyAdmins(admins: CurrentUser[], body: () => Promise<void>): Promise<void> {
  const others = await db()
    .update(users)
    .set({ role: "officer" })
    .where(and(eq(users.role, "admin"), notInArray(users.id, admins.map((admin) => admin.id))))
    .returning({ id: users.id });
  try {
    await body();
  } finally {
    if (others.length) await db().update(users).set({ role: "admin" }).where(inArray(users.id, others.map((other) => other.id)));
  }
}

describe("changeRole", () => {
  it("changes a role and audits who did it", async () => {
    const admin = await createUser(db(), { role: "admin" });
    const person = await createUser(db(), { role: "resident" });

    const result = await changeRole(admin, { userId: person.id, role: "officer" });

    expect(result).toEqual({ email: person.email, from: "resident", to: "officer" });
    expect(await roleOf(person.id)).toBe("officer");
    expect(await auditFor(person.id)).toEqual([{ actorId: admin.id, action: "role.changed", subjectType: "user", details: { from: "resident", to: "officer" } }]);
  });

  it("does nothing, and audits nothing, when the role is unchanged", async () => {
    const admin = await createUser(db(), { role: "admin" });
    const person = await createUser(db(), { role: "partner" });

    expect(await changeRole(admin, { userId: person.id, role: "partner" })).toEqual({ email: person.email, from: "partner", to: "partner" });
    expect(await roleOf(person.id)).toBe("partner");
    expect(await auditFor(person.id)).toEqual([]);
  });

  it("refuses an unknown person with NotFoundError", async () => {
    const admin = await createUser(db(), { role: "admin" });
    await expect(changeRole(admin, { userId: "00000000-0000-4000-8000-000000000000", role: "officer" })).rejects.toThrow(NotFoundError);
  });

  it("refuses to demote the last admin, and changes nothing", async () => {
    const admin = await createUser(db(), { role: "admin" });
    await withOnlyAdmins([admin], async () => {
      await expect(changeRole(admin, { userId: admin.id, role: "resident" })).rejects.toThrow(ConflictError);
      expect(await roleOf(admin.id)).toBe("admin");
      expect(await auditFor(admin.id)).toEqual([]);
    });
  });

  it("demotes an admin while another admin remains", async () => {
    const first = await createUser(db(), { role: "admin" });
    const second = await createUser(db(), { role: "admin" });
    await withOnlyAdmins([first, second], async () => {
      expect(await changeRole(first, { userId: second.id, role: "officer" })).toMatchObject({ from: "admin", to: "officer" });
      expect(await roleOf(second.id)).toBe("officer");
      await expect(changeRole(first, { userId: first.id, role: "resident" })).rejects.toThrow(ConflictError);
    });
  });

  it.each([
    ["each steps down", (first: CurrentUser, second: CurrentUser) => [changeRole(first, { userId: first.id, role: "resident" }), changeRole(second, { userId: second.id, role: "resident" })]],
    ["each demotes the other", (first: CurrentUser, second: CurrentUser) => [changeRole(first, { userId: second.id, role: "resident" }), changeRole(second, { userId: first.id, role: "resident" })]],
  ])("keeps one admin when the last two admins change roles at the same time (%s)", async (_label, race) => {
    const first = await createUser(db(), { role: "admin" });
    const second = await createUser(db(), { role: "admin" });
    await withOnlyAdmins([first, second], async () => {
      // Open a few pooled connections first (a server database), so the two changes really overlap.
      await Promise.all(Array.from({ length: 4 }, () => db().execute(sql`select 1`)));

      const results = await Promise.allSettled(race(first, second));

      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.filter((result) => result.status === "rejected");
      expect(refused).toHaveLength(1);
      expect(refused[0]?.reason).toBeInstanceOf(ConflictError);
      expect([await roleOf(first.id), await roleOf(second.id)].sort()).toEqual(["admin", "resident"]);
    });
  });

  it("is rate limited to 60 changes per actor in ten minutes", async () => {
    const admin = await createUser(db(), { role: "admin" });
    const person = await createUser(db(), { role: "resident" });
    for (let index = 0; index < 60; index += 1) {
      await changeRole(admin, { userId: person.id, role: index % 2 === 0 ? "employer" : "resident" });
    }
    const error = await changeRole(admin, { userId: person.id, role: "officer" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error instanceof RateLimitedError && error.retryAfterSeconds).toBeGreaterThan(0);
    expect(await roleOf(person.id)).toBe("resident");
    expect(await auditFor(person.id)).toHaveLength(60);

    // Another admin is not held up by the first one's limit.
    const other = await createUser(db(), { role: "admin" });
    await expect(changeRole(other, { userId: person.id, role: "officer" })).resolves.toMatchObject({ to: "officer" });
  });
});

describe("grantConfiguredAdmin", () => {
  it("promotes a listed address once, and audits it", async () => {
    const person = await createUser(db(), { role: "resident", email: `${uniqueTag("listed-")}@example.test` });
    const adminEmails = ["someone-else@example.test", person.email];

    expect(await grantConfiguredAdmin({ userId: person.id, email: person.email.toUpperCase() }, adminEmails)).toBe(true);
    expect(await roleOf(person.id)).toBe("admin");
    expect(await grantConfiguredAdmin({ userId: person.id, email: person.email }, adminEmails)).toBe(false);

    expect(await auditFor(person.id)).toEqual([
      { actorId: null, action: "role.granted", subjectType: "user", details: { role: "admin", reason: "Listed in ADMIN_EMAILS" } },
    ]);
  });

  it("leaves an address that is not listed alone", async () => {
    const person = await createUser(db(), { role: "officer" });
    expect(await grantConfiguredAdmin({ userId: person.id, email: person.email }, ["boss@example.test"])).toBe(false);
    expect(await roleOf(person.id)).toBe("officer");
    expect(await auditFor(person.id)).toEqual([]);
  });
});

describe("listPeople", () => {
  it("searches by email or name, filters by role and sorts by email", async () => {
    const tag = uniqueTag("people-");
    const [org] = await db()
      .insert(organisations)
      .values({ slug: `${tag}-org`, name: `${tag} Works`, type: "private" })
      .returning({ id: organisations.id });
    const carol = await createUser(db(), { email: `${tag}-carol@example.test`, role: "officer" });
    const alice = await createUser(db(), { email: `${tag}-alice@example.test`, role: "resident" });
    const bob = await createUser(db(), { email: `bob-${uniqueTag()}@example.test`, name: `Bob ${tag}`, role: "employer" });
    await db().update(users).set({ organisationId: org?.id }).where(eq(users.id, bob.id));

    const all = await listPeople(ZPeopleQuery.parse({ q: tag }));
    expect(all.total).toBe(3);
    // Sorted by email: "bob-..." before "people-...-alice" before "people-...-carol".
    expect(all.people.map((person) => person.id)).toEqual([bob.id, alice.id, carol.id]);
    expect(all.people.find((person) => person.id === bob.id)).toEqual({
      id: bob.id,
      name: `Bob ${tag}`,
      email: bob.email,
      role: "employer",
      organisation: `${tag} Works`,
      createdAt: expect.any(Date),
    });

    const officers = await listPeople(ZPeopleQuery.parse({ q: tag.toUpperCase(), role: "officer" }));
    expect(officers.people.map((person) => person.id)).toEqual([carol.id]);
    expect(officers.total).toBe(1);
  });

  it("treats % and _ in a search as plain characters", async () => {
    const tag = uniqueTag("like-");
    await createUser(db(), { email: `${tag}-alpha@example.test` });
    expect((await listPeople(ZPeopleQuery.parse({ q: `${tag}_alpha` }))).total).toBe(0);
    expect((await listPeople(ZPeopleQuery.parse({ q: `${tag}%alpha` }))).total).toBe(0);
    expect((await listPeople(ZPeopleQuery.parse({ q: `${tag}-alpha` }))).total).toBe(1);
  });

  it("pages through results 25 at a time", async () => {
    const tag = uniqueTag("page-");
    for (let index = 0; index < 27; index += 1) {
      await createUser(db(), { email: `${tag}-${String(index).padStart(2, "0")}@example.test` });
    }
    const first = await listPeople(ZPeopleQuery.parse({ q: tag }));
    const second = await listPeople(ZPeopleQuery.parse({ q: tag, page: "2" }));
    expect(first).toMatchObject({ total: 27, page: 1, pageSize: 25 });
    expect(first.people).toHaveLength(25);
    expect(second.people.map((person) => person.email)).toEqual([`${tag}-25@example.test`, `${tag}-26@example.test`]);
  });
});
