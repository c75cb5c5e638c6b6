import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail (ARCHITECTURE "Audit trail"): append-only, chained by hash.
 * - `seq` is gapless and `prev_hash`/`hash` are set by the chaining trigger under the chain head's row lock,
 *   whoever inserts: each row's hash = sha256(previous hash + canonical row).
 * - UPDATE, DELETE and TRUNCATE are refused by triggers. The application connects as the owner (a superuser in
 *   the embedded set-up), whom privileges do not bind: the triggers are the guard; revoking from PUBLIC keeps
 *   any other role out. A superuser can disable triggers: `audit_verify()` then finds the gap or the edit.
 * - Nothing purges it: kept at least as long as recordings (YN-13), in fact for good.
 */
export class Migration20261203142730 extends Migration {
  override name = 'Migration20261203142730';

  override async up(): Promise<void> {
    this.addSql(`create table "judicial"."audit_record" (
      "seq" bigint primary key,
      "source" text not null,
      "source_seq" bigint not null,
      "occurred_at" timestamptz not null,
      "recorded_at" timestamptz not null default now(),
      "account_id" uuid not null,
      "tenant_kind" text not null,
      "tenant_id" uuid not null,
      "roles" text[] not null,
      "action" text not null,
      "operation" text not null check ("operation" in ('INSERT', 'UPDATE', 'DELETE')),
      "entity_type" text not null,
      "entity_id" text not null,
      "before" jsonb null,
      "after" jsonb null,
      "prev_hash" text not null,
      "hash" text not null,
      unique ("source", "source_seq"))`);
    this.addSql(`create index "audit_record_occurred_idx" on "judicial"."audit_record" ("occurred_at")`);
    this.addSql(`create index "audit_record_account_idx" on "judicial"."audit_record" ("account_id", "occurred_at")`);
    this.addSql(`create index "audit_record_tenant_idx" on "judicial"."audit_record" ("tenant_id", "occurred_at")`);
    this.addSql(`create index "audit_record_entity_idx" on "judicial"."audit_record" ("entity_type", "entity_id")`);
    // The chain's head: the last row's seq and hash (also catches a removed tail).
    this.addSql(`create table "judicial"."audit_chain" (
      "id" int primary key check ("id" = 1), "last_seq" bigint not null, "last_hash" text not null)`);
    this.addSql(`insert into "judicial"."audit_chain" values (1, 0, '')`);

    this.addSql(`create function "judicial"."audit_canonical"(r "judicial"."audit_record") returns text language sql stable as $$
      select jsonb_build_object('seq', r.seq, 'source', r.source, 'sourceSeq', r.source_seq,
        'occurredAt', to_char(r.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'recordedAt', to_char(r.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'accountId', r.account_id, 'tenantKind', r.tenant_kind, 'tenantId', r.tenant_id, 'roles', to_jsonb(r.roles),
        'action', r.action, 'operation', r.operation, 'entityType', r.entity_type, 'entityId', r.entity_id,
        'before', r.before, 'after', r.after)::text $$`);
    this.addSql(`create function "judicial"."audit_hash"(prev text, canonical text) returns text language sql immutable as $$
      select encode(sha256(convert_to(prev || canonical, 'UTF8')), 'hex') $$`);
    this.addSql(`create function "judicial"."audit_chain_row"() returns trigger language plpgsql as $$
      declare head record;
      begin
        select last_seq, last_hash into head from "judicial"."audit_chain" where id = 1 for update;
        NEW.seq := head.last_seq + 1;
        NEW.prev_hash := head.last_hash;
        NEW.hash := "judicial"."audit_hash"(NEW.prev_hash, "judicial"."audit_canonical"(NEW));
        update "judicial"."audit_chain" set last_seq = NEW.seq, last_hash = NEW.hash where id = 1;
        return NEW;
      end $$`);
    this.addSql(`create trigger "audit_record_chain" before insert on "judicial"."audit_record"
      for each row execute function "judicial"."audit_chain_row"()`);

    this.addSql(`create function "judicial"."audit_refuse_change"() returns trigger language plpgsql as $$
      begin
        -- the head only moves one row forward, and only with a new row
        if TG_TABLE_NAME = 'audit_chain' and TG_OP = 'UPDATE' then
          if NEW.id = OLD.id and NEW.last_seq = OLD.last_seq + 1 then return NEW; end if;
        end if;
        raise exception 'the audit trail is append-only: % refused', TG_OP using errcode = 'insufficient_privilege';
      end $$`);
    for (const table of ['audit_record', 'audit_chain']) {
      this.addSql(`create trigger "${table}_append_only" before update or delete on "judicial"."${table}"
        for each row execute function "judicial"."audit_refuse_change"()`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "judicial"."${table}"
        for each statement execute function "judicial"."audit_refuse_change"()`);
      this.addSql(`revoke update, delete, truncate on "judicial"."${table}" from public`);
    }

    /*
     * The first break in the chain, by seq: ROW_MISSING (a seq is absent: deleted), CHAIN_BROKEN (a row does
     * not link to the one before it), ROW_ALTERED (a row's content no longer gives its hash). No row: intact.
     */
    this.addSql(`create function "judicial"."audit_verify"() returns table(checked bigint, broken_seq bigint, reason text) language plpgsql stable as $$
      declare head record; total bigint; tail record;
      begin
        select count(*) into total from "judicial"."audit_record";
        return query
          with chain as (
            select r.seq, r.prev_hash, r.hash, lag(r.seq) over w as previous_seq, lag(r.hash) over w as previous_hash,
                   "judicial"."audit_hash"(r.prev_hash, "judicial"."audit_canonical"(r)) as recomputed
              from "judicial"."audit_record" r window w as (order by r.seq)
          ), problems as (
            select case when seq <> coalesce(previous_seq, 0) + 1 then coalesce(previous_seq, 0) + 1 else seq end as at,
                   case when seq <> coalesce(previous_seq, 0) + 1 then 'ROW_MISSING'
                        when prev_hash <> coalesce(previous_hash, '') then 'CHAIN_BROKEN'
                        when hash <> recomputed then 'ROW_ALTERED' end as why
              from chain
          )
          select total, at, why from problems where why is not null order by at limit 1;
        if found then return; end if;
        select last_seq, last_hash into head from "judicial"."audit_chain" where id = 1;
        select seq, hash into tail from "judicial"."audit_record" order by seq desc limit 1;
        if head is null or head.last_seq > coalesce(tail.seq, 0) then
          return query select total, coalesce(tail.seq, 0) + 1, 'ROW_MISSING'; return;
        end if;
        if head.last_hash <> coalesce(tail.hash, '') then
          return query select total, tail.seq, 'ROW_ALTERED'; return;
        end if;
        return query select total, null::bigint, null::text;
      end $$`);
  }
}
