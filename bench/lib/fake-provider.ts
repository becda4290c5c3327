import type postgres from "postgres";
import type { EmailSender } from "@/lib/email/message";

/**
 * A stand-in for Resend that the benchmark can count across processes: every call is a row in
 * bench_provider_calls, and a delivery is kept once per idempotency key (as Resend keeps the
 * outbox row's key for 24 hours), in bench_deliveries. Paced to `perSecond` calls.
 */
export async function createProviderTables(sql: postgres.Sql): Promise<void> {
  await sql`create table if not exists bench_provider_calls (id bigserial primary key, outbox_id uuid not null, to_address text not null, at timestamptz not null default clock_timestamp())`;
  await sql`create table if not exists bench_deliveries (outbox_id uuid primary key, to_address text not null)`;
}

export function fakeProvider(sql: postgres.Sql): EmailSender {
  return {
    async send(message) {
      await sql`insert into bench_provider_calls (outbox_id, to_address) values (${message.id}, ${message.to})`;
      await sql`insert into bench_deliveries (outbox_id, to_address) values (${message.id}, ${message.to}) on conflict do nothing`;
      return { ok: true, providerMessageId: `bench-${message.id}` };
    },
  };
}

/** Per recipient address: deliveries (one per outbox row), and provider calls in all. */
export async function deliveryCounts(sql: postgres.Sql, campaignId: string) {
  const [row] = await sql<{ recipients: number; once: number; twice: number; never: number; calls: number; deliveries: number }[]>`
    with per as (
      select r.email, (select count(*) from bench_deliveries d where d.to_address = r.email)::int as delivered
      from campaign_recipients r where r.campaign_id = ${campaignId}
    )
    select count(*)::int as recipients,
      (count(*) filter (where delivered = 1))::int as once,
      (count(*) filter (where delivered > 1))::int as twice,
      (count(*) filter (where delivered = 0))::int as never,
      (select count(*) from bench_provider_calls)::int as calls,
      (select count(*) from bench_deliveries)::int as deliveries
    from per`;
  if (!row) throw new Error("no counts");
  return row;
}
