import { clock, isStaff, Topic, type AuditActor, type Identity } from '@rv/schema';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { SubgraphContext } from './server.js';

/**
 * The audit trail's capture side (ARCHITECTURE "Audit trail"). Every write a staff member's action makes
 * is captured by a row trigger on every table of the subgraph's schema, in the same transaction as the
 * change, and written to the subgraph's outbox as an `audit.recorded` event (judicial appends it to the
 * hash-chained trail). The trigger knows who acts from a transaction-local setting that MikroORM's session
 * context puts into every transaction (and every statement outside one) of the request's EntityManager:
 * services write through ORM flushes and raw SQL alike, and neither needs to know about the audit.
 * A change made by no staff action (an event consumer, a job, a family) carries no setting and is not recorded.
 */
export const AUDIT_SETTING = 'rv.audit';

/** Tables that are the platform's machinery, not the domain: never captured (the report's counts are derived from captured rows). */
const MACHINERY = ['outbox', 'event_inbox', 'event_cursor', 'mikro_orm_migrations', 'audit_record', 'audit_chain', 'report_day', 'report_delta'];

/** From now on, every write through this request's EntityManager is recorded as `action` by this staff member. */
export function auditAs(em: EntityManager, identity: Identity, action: string): void {
  if (!isStaff(identity) || !identity.accountId) return;
  const actor: AuditActor = {
    accountId: identity.accountId,
    tenantKind: identity.tenantKind!,
    tenantId: identity.tenantId!,
    roles: identity.roles,
    action,
    at: clock.now().toISOString(),
  };
  em.setSessionContext({ variables: { [AUDIT_SETTING]: JSON.stringify(actor) } });
}

/**
 * A read that must leave a trace (a recording's playback, GD-37): the caller names the action and its
 * write of the access row is then captured like any change.
 */
export function auditRead(ctx: SubgraphContext, action: string): void {
  auditAs(ctx.em, ctx.identity, action);
}

/**
 * A staff member's mutation is audited under its field name (e.g. `decideInmateReview`). Only the
 * Mutation fields are wrapped: a global type-graphql middleware would make every field of every read
 * a chain of promises (issue 16: reads pay nothing for the audit).
 */
export function auditMutations(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (root, args, context: SubgraphContext, info) => {
      auditAs(context.em, context.identity, info.fieldName);
      return resolve(root, args, context, info);
    };
  }
  return schema;
}

/**
 * The capture functions of a schema. Personal data never leaves them raw (ARCHITECTURE: ID and phone
 * numbers masked, schema/src/personal-data.ts's maskIdNumber / maskPhone mirrored here; secrets dropped),
 * also inside JSON columns (an application's visitors).
 */
function captureFunctionsDdl(schema: string): string[] {
  return [
    // One query per object (planned once), recursing only into nested objects and arrays.
    `create or replace function "${schema}"."audit_mask"(value jsonb) returns jsonb language plpgsql immutable as $$
      begin
        if value is null or value::text !~* '(password|secret|token|totp|salt|credential|id_?number|id_?card|phone|mobile)' then return value; end if;
        if jsonb_typeof(value) = 'array' then
          return (select coalesce(jsonb_agg("${schema}"."audit_mask"(e) order by n), '[]'::jsonb) from jsonb_array_elements(value) with ordinality as t(e, n));
        end if;
        if jsonb_typeof(value) <> 'object' then return value; end if;
        -- only the keys to mask or to look into are rebuilt, then put over the rest
        return value || (select coalesce(jsonb_object_agg(k, case
            when k ~* '(password|secret|token|totp|salt|credential)' then to_jsonb('[redacted]'::text)
            when jsonb_typeof(v) in ('string', 'number') and k ~* '(id_?number|id_?card)' then to_jsonb(case when length(v #>> '{}') < 10 then repeat('*', length(v #>> '{}'))
              else left(v #>> '{}', 6) || repeat('*', length(v #>> '{}') - 10) || right(v #>> '{}', 4) end)
            when jsonb_typeof(v) in ('string', 'number') and k ~* '(phone|mobile)' then to_jsonb(case when length(v #>> '{}') < 7 then repeat('*', length(v #>> '{}'))
              else left(v #>> '{}', 3) || repeat('*', length(v #>> '{}') - 7) || right(v #>> '{}', 4) end)
            when jsonb_typeof(v) in ('object', 'array') then "${schema}"."audit_mask"(v)
            else v end), '{}'::jsonb)
          from jsonb_each(value) as e(k, v)
          where jsonb_typeof(v) in ('object', 'array') or k ~* '(password|secret|token|totp|salt|credential|id_?number|id_?card|phone|mobile)');
      end $$`,
    // Trigger arguments: the table's primary key columns (the entity's id).
    `create or replace function "${schema}"."audit_capture"() returns trigger language plpgsql as $$
      declare
        actor text := current_setting('${AUDIT_SETTING}', true);
        old_row jsonb; new_row jsonb; before jsonb; after jsonb; entity_id text;
      begin
        if actor is null or actor = '' then return null; end if;
        if TG_OP <> 'INSERT' then old_row := to_jsonb(OLD); end if;
        if TG_OP <> 'DELETE' then new_row := to_jsonb(NEW); end if;
        before := old_row; after := new_row;
        if TG_OP = 'UPDATE' then
          if old_row = new_row then return null; end if;
          -- an update records only what changed
          before := (select jsonb_object_agg(key, value) from jsonb_each(old_row) where new_row -> key is distinct from value);
          after := (select jsonb_object_agg(key, value) from jsonb_each(new_row) where old_row -> key is distinct from value);
        end if;
        entity_id := array_to_string(array(select coalesce(new_row, old_row) ->> column_name from unnest(TG_ARGV) as column_name), ':');
        insert into "${schema}"."outbox" ("topic", "aggregate_type", "aggregate_id", "payload")
        values ('${Topic.AUDIT_RECORDED}', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, entity_id, jsonb_build_object(
          'actor', actor::jsonb, 'operation', TG_OP, 'entityType', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'entityId', entity_id,
          'before', "${schema}"."audit_mask"(before), 'after', "${schema}"."audit_mask"(after)));
        return null;
      end $$`,
  ];
}

/**
 * Puts the capture trigger on every table of the schema, including tables later migrations add (run at
 * every start, after the migrations; idempotent). Done here rather than in each migration so that no
 * author of a new table has to remember the audit.
 */
export async function attachAuditCapture(orm: MikroORM, schema: string): Promise<void> {
  await orm.em.fork().transactional(async (tx) => {
    // Replicas starting together take turns.
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`audit-capture:${schema}`]);
    for (const ddl of captureFunctionsDdl(schema)) await tx.execute(ddl, [], 'run');
    const tables = await tx.execute<{ table_name: string; keys: string[] }[]>(
      `select c.relname as table_name,
              array(select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                     where i.indrelid = c.oid and i.indisprimary order by array_position(i.indkey::int2[], a.attnum))::text[] as keys
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ? and c.relkind in ('r', 'p') and c.relname not in (${MACHINERY.map((name) => `'${name}'`).join(', ')})
          and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'audit_capture')`,
      [schema],
    );
    for (const table of tables) {
      const keys = table.keys.map((key) => `'${key.replaceAll("'", "''")}'`).join(', ');
      await tx.execute(
        `create trigger "audit_capture" after insert or update or delete on "${schema}"."${table.table_name}"
        for each row execute function "${schema}"."audit_capture"(${keys})`,
        [],
        'run',
      );
    }
  });
}
