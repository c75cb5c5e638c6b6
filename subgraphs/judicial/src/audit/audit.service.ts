import { invalid, isUuid, keyed, ErrorCode, TenantKind, type Identity } from '@rv/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditIntegrity, AuditRecord, type AuditFilter } from './audit.types.js';

export const EXPORT_MAX = 50_000;

interface RecordRow {
  seq: string;
  occurred_at: Date;
  recorded_at: Date;
  account_id: string;
  username: string | null;
  tenant_kind: string;
  tenant_id: string;
  roles: string[];
  action: string;
  operation: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  hash: string;
}

/** The WHERE clause of a search: the auditor's scope first (the province sees all, a unit's auditor its unit), then the filter. */
function whereOf(auditor: Identity, filter: AuditFilter = {}): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    parts.push(sql);
    params.push(value);
  };
  if (auditor.tenantKind !== TenantKind.PROVINCE) add('r.tenant_id = ?', auditor.tenantId);
  const { username, accountId, tenantId, entityType, entityId, action, from, to } = filter;
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw invalid('platform.dateFormat', {}, field);
  if (from && to && from > to) throw invalid('audit.periodOrder', {}, 'from');
  // An id that cannot exist matches nothing (rather than a database error on the uuid cast).
  for (const [column, value] of [
    ['r.account_id', accountId],
    ['r.tenant_id', tenantId],
  ] as const)
    if (value) add(`${column}::text = ?`, isUuid(value) ? value.toLowerCase() : value);
  if (username) add('a.username = ?', username);
  if (entityType) add('r.entity_type = ?', entityType);
  if (entityId) add('r.entity_id = ?', entityId);
  if (action) add('r.action = ?', action);
  if (from) add(`r.occurred_at >= (?::date)::timestamp at time zone 'Asia/Shanghai'`, from);
  if (to) add(`r.occurred_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'`, to);
  return { sql: parts.length ? `where ${parts.join(' and ')}` : '', params };
}

const FROM = `from "judicial"."audit_record" r left join "judicial"."account" a on a.id = r.account_id`;
const COLUMNS = `r.seq::text as seq, r.occurred_at, r.recorded_at, r.account_id, a.username, r.tenant_kind, r.tenant_id, r.roles, r.action,
  r.operation, r.entity_type, r.entity_id, r.before, r.after, r.hash`;

function toRecord(row: RecordRow): AuditRecord {
  return Object.assign(new AuditRecord(), {
    seq: row.seq,
    occurredAt: new Date(row.occurred_at),
    recordedAt: new Date(row.recorded_at),
    accountId: row.account_id,
    username: row.username,
    tenantKind: row.tenant_kind,
    tenantId: row.tenant_id,
    roles: row.roles,
    action: row.action,
    operation: row.operation,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before === null ? null : JSON.stringify(row.before),
    after: row.after === null ? null : JSON.stringify(row.after),
    hash: row.hash,
  });
}

/** One page of the trail, newest first, with the total the search finds. */
export async function searchAuditTrail(em: EntityManager, auditor: Identity, filter: AuditFilter | undefined, offset: number, limit: number) {
  const where = whereOf(auditor, filter);
  const [{ total }] = await em.execute<{ total: number }[]>(`select count(*)::int as total ${FROM} ${where.sql}`, where.params);
  const rows = await em.execute<RecordRow[]>(`select ${COLUMNS} ${FROM} ${where.sql} order by r.seq desc limit ? offset ?`, [
    ...where.params,
    Math.min(Math.max(limit, 1), 200),
    Math.max(offset, 0),
  ]);
  return { total, records: rows.map(toRecord) };
}

const CSV_COLUMNS: (keyof AuditRecord)[] = [
  'seq',
  'occurredAt',
  'username',
  'accountId',
  'tenantKind',
  'tenantId',
  'roles',
  'action',
  'operation',
  'entityType',
  'entityId',
  'before',
  'after',
  'hash',
];

/** A CSV cell: quoted, quotes doubled, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join(' ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** The whole search as CSV (oldest first), refused beyond EXPORT_MAX rows. */
export async function exportAuditTrail(em: EntityManager, auditor: Identity, filter: AuditFilter | undefined): Promise<string> {
  const where = whereOf(auditor, filter);
  const [{ total }] = await em.execute<{ total: number }[]>(`select count(*)::int as total ${FROM} ${where.sql}`, where.params);
  if (total > EXPORT_MAX) throw keyed(ErrorCode.BAD_USER_INPUT, 'audit.tooManyRows', { count: total, max: EXPORT_MAX });
  const rows = await em.execute<RecordRow[]>(`select ${COLUMNS} ${FROM} ${where.sql} order by r.seq`, where.params);
  const lines = [CSV_COLUMNS.join(','), ...rows.map(toRecord).map((record) => CSV_COLUMNS.map((column) => csvCell(record[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Recomputes the hash chain (the database function `audit_verify`): the first missing, unlinked or altered record. */
export async function verifyAuditTrail(em: EntityManager): Promise<AuditIntegrity> {
  const [row] = await em.execute<{ checked: string; broken_seq: string | null; reason: string | null }[]>(
    `select checked::text, broken_seq::text, reason from "judicial"."audit_verify"()`,
  );
  return Object.assign(new AuditIntegrity(), { ok: row.reason === null, checked: Number(row.checked), firstBrokenSeq: row.broken_seq, reason: row.reason });
}
