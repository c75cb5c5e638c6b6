import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, upcomingWorkingDays } from '../src/demo.js';
import { eventually, givenPlatform, type GraphQLResponse, type TestPlatform } from './support/harness.js';
import { VISITOR, givenApprovedToday, givenDayWithSlots, givenInmate, givenRelatives, residentIdNumber, submit } from './support/scenario.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
});
afterAll(async () => {
  await t?.close();
});

const DECIDE = 'mutation($id: ID!, $ok: Boolean!, $code: String) { decideInmateReview(applicationId: $id, approve: $ok, reasonCode: $code) { status } }';
const TRAIL = `query($f: AuditFilter, $o: Int, $l: Int) { auditTrail(filter: $f, offset: $o, limit: $l) { total records {
  seq occurredAt accountId username tenantKind tenantId roles action operation entityType entityId before after hash } } }`;
const INTEGRITY = '{ auditTrailIntegrity { ok checked firstBrokenSeq reason } }';
const code = (result: GraphQLResponse) => result.errors?.[0].extensions?.code;

interface Row {
  account_id: string;
  tenant_kind: string;
  tenant_id: string;
  roles: string[];
  action: string;
  operation: string;
  entity_type: string;
  entity_id: string;
  before: any;
  after: any;
  occurred_at: Date;
}
const recordsOf = (action: string, entityType: string, entityId?: string) =>
  t.sql<Row>(
    `select account_id, tenant_kind, tenant_id, roles, action, operation, entity_type, entity_id, before, after, occurred_at
    from judicial.audit_record where action = $1 and entity_type = $2 and ($3::text is null or entity_id = $3) order by seq`,
    [action, entityType, entityId ?? null],
  );
const accountOf = async (username: string): Promise<string> => (await t.sql('select id from judicial.account where username = $1', [username]))[0].id;
const caseIdOf = async (applicationId: string): Promise<string> =>
  (await t.sql('select id from prison.review_case where application_id = $1', [applicationId]))[0].id;

/** A pending application for a prison1 inmate; its review case is open. */
async function givenPending(nth: number): Promise<string> {
  const subjectId = await givenInmate(t, 'prison1', nth);
  const day = await givenDayWithSlots(t, 2);
  const submitted = await submit(t, await t.login('proxy'), { subjectId, serviceDayId: day.id, idempotencyKey: `audit-pending-${nth}` });
  if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
  const id = submitted.data.submitApplication.id;
  await eventually(async () => expect(await t.sql('select id from prison.review_case where application_id = $1', [id])).toHaveLength(1));
  return id;
}

describe('capture: every staff change leaves a record', () => {
  it('GD-26 / GZ-1: a review decision is recorded with the reviewer, the prison, the role, the action, the time and the case before/after', async () => {
    const applicationId = await givenPending(0);
    const caseId = await caseIdOf(applicationId);
    const before = new Date();
    expect((await t.gql(DECIDE, { id: applicationId, ok: true }, await t.login('prison1.reviewer'))).data.decideInmateReview.status).toBe('APPROVED');
    const after = new Date();
    const [record] = await eventually(async () => {
      const rows = await recordsOf('decideInmateReview', 'prison.review_case', caseId);
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(record).toMatchObject({
      account_id: await accountOf('prison1.reviewer'),
      tenant_kind: 'PRISON',
      tenant_id: DEMO_TENANTS.prison1.id,
      roles: ['REVIEWER'],
      action: 'decideInmateReview',
      operation: 'UPDATE',
      entity_type: 'prison.review_case',
      entity_id: caseId,
      before: expect.objectContaining({ status: 'PENDING', decided_at: null }),
      after: expect.objectContaining({ status: 'APPROVED', decided_by: await accountOf('prison1.reviewer') }),
    });
    expect(record.occurred_at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1);
    expect(record.occurred_at.getTime()).toBeLessThanOrEqual(after.getTime() + 1);
    // An update records what changed, not the whole row.
    expect(Object.keys(record.before)).not.toContain('application_id');
  });

  it('GZ-1: a family’s own submission is not a staff action and leaves no record', async () => {
    const applicationId = await givenPending(1);
    await eventually(async () => expect(await t.sql(`select 1 from judicial.audit_record where entity_id = $1`, [applicationId])).toEqual([]));
    expect(await t.sql(`select count(*)::int as n from judicial.audit_record where action = 'submitApplication'`)).toEqual([{ n: 0 }]);
  });

  it('GD-13: a publication of service days is recorded with the unit and the day created', async () => {
    const date = upcomingWorkingDays().at(-1)!;
    const published = await t.gql(
      'mutation($d: String!) { publishServiceDays(days: [{ date: $d, capacity: 77 }]) { id } }',
      { d: date },
      await t.login('bureau1.supervisor'),
    );
    expect(published.errors).toBeUndefined();
    const dayId = published.data.publishServiceDays[0].id;
    const [record] = await eventually(async () => {
      const rows = await recordsOf('publishServiceDays', 'judicial.service_day', dayId);
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(record).toMatchObject({
      account_id: await accountOf('bureau1.supervisor'),
      tenant_kind: 'COUNTY_BUREAU',
      tenant_id: DEMO_TENANTS.bureau1.id,
      roles: ['SUPERVISOR'],
    });
    expect(record.after).toMatchObject({ capacity: 77, date });
  });

  it('GD-29: a check-in is recorded with the clerk and the attendance row', async () => {
    const { id } = await givenApprovedToday(t, 2);
    const checked = await t.gql(
      'mutation($a: ID!, $n: String!) { checkInVisitor(applicationId: $a, idNumber: $n, idOriginalPresent: true) { admitted } }',
      { a: id, n: VISITOR.idNumber },
      await t.login('bureau1.clerk'),
    );
    expect(checked.data.checkInVisitor.admitted).toBe(true);
    const [record] = await eventually(async () => {
      const rows = (await recordsOf('checkInVisitor', 'judicial.attendance')).filter((row) => row.after?.application_id === id);
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(record).toMatchObject({
      operation: 'INSERT',
      account_id: await accountOf('bureau1.clerk'),
      tenant_id: DEMO_TENANTS.bureau1.id,
      roles: ['INTAKE_CLERK'],
      before: null,
    });
    expect(record.after).toMatchObject({ admitted: true, checked_by: await accountOf('bureau1.clerk') });
  });

  it('GD-31: a warning is recorded with the monitor and the ground; GD-37: a recording’s playback is recorded too', async () => {
    const { id } = await givenApprovedToday(t, 3);
    const meetingId = await eventually(async () => (await t.sql('select id from media.meeting where application_id = $1', [id]))[0].id as string);
    await t.sql(`update media.meeting set state = 'LIVE', started_at = now() where id = $1`, [meetingId]); // given: the meeting runs
    const warned = await t.gql(
      'mutation($id: ID!) { warnMeeting(id: $id, ground: "HARMFUL_TOPICS", reason: "谈论案情") { state } }',
      { id: meetingId },
      await t.login('prison1.monitor'),
    );
    expect(warned.errors).toBeUndefined();
    const [warning] = await eventually(async () => {
      const rows = await recordsOf('warnMeeting', 'media.meeting_warning');
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(warning).toMatchObject({
      operation: 'INSERT',
      account_id: await accountOf('prison1.monitor'),
      tenant_id: DEMO_TENANTS.prison1.id,
      roles: ['MONITOR'],
    });
    expect(warning.after).toMatchObject({ meeting_id: meetingId, ground: 'HARMFUL_TOPICS', reason: '谈论案情' });

    await t.sql(
      `insert into media.recording (id, meeting_id, path, sha256, bytes, duration_seconds, streams, created_at, retain_until)
      values (gen_random_uuid(), $1, 'given.webm', repeat('0', 64), 1, 1, '[]', now(), current_date + 200)`,
      [meetingId],
    );
    const played = await t.gql('query($id: ID!) { recording(meetingId: $id) { id } }', { id: meetingId }, await t.login('prison1.supervisor'));
    expect(played.errors).toBeUndefined();
    const [playback] = await eventually(async () => {
      const rows = await recordsOf('playRecording', 'media.recording_access');
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(playback).toMatchObject({ operation: 'INSERT', account_id: await accountOf('prison1.supervisor'), roles: ['SUPERVISOR'] });
    expect(playback.after).toMatchObject({ recording_id: played.data.recording.id });
  });

  it('GD-18: ID and phone numbers in a record are masked, secrets dropped (a counter filing creates the applicant’s account)', async () => {
    const applicant = { name: '陈建国', idNumber: residentIdNumber('440106', '19650303', 77), phone: '13912345678' };
    expect(applicant.idNumber).toBe('440106196503030774');
    const day = await givenDayWithSlots(t, 5);
    const input = {
      subjectId: await givenInmate(t, 'prison1', 4),
      serviceDayId: day.id,
      venueId: DEMO_TENANTS.bureau2.id,
      visitors: [VISITOR],
      idempotencyKey: 'audit-counter',
    };
    await givenRelatives(t, input.subjectId, [VISITOR]);
    const filed = await t.gql(
      `mutation($applicant: ApplicantInput!, $input: SubmitApplicationInput!) { fileAtCounter(applicant: $applicant, input: $input) { application { id } } }`,
      { applicant, input },
      await t.login('bureau2.clerk'),
    );
    expect(filed.errors).toBeUndefined();
    const applicationId = filed.data.fileAtCounter.application.id;
    const [application] = await eventually(async () => {
      const rows = await recordsOf('fileAtCounter', 'judicial.application', applicationId);
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(application.after).toMatchObject({ applicant_id_number: '440106********0774', applicant_phone: '139****5678' });
    expect(application.after.visitors[0]).toMatchObject({
      name: VISITOR.name,
      idNumber: `${VISITOR.idNumber.slice(0, 6)}********${VISITOR.idNumber.slice(-4)}`,
    });
    // Secrets never reach the trail (an account's password hash, a second factor's secret).
    expect(await t.sql(`select judicial.audit_mask('{"password_hash":"scrypt$1","totp_secret":"ABC","phone":"138"}'::jsonb) as masked`)).toEqual([
      { masked: { password_hash: '[redacted]', totp_secret: '[redacted]', phone: '***' } },
    ]);
    const leaks = await t.sql(
      `select count(*)::int as n from judicial.audit_record where before::text ~ $1 or after::text ~ $1 or before::text ~ $2 or after::text ~ $2`,
      [applicant.idNumber, applicant.phone],
    );
    expect(leaks).toEqual([{ n: 0 }]);
    expect(await t.sql(`select count(*)::int as n from judicial.outbox where topic = 'audit.recorded' and payload::text ~ $1`, [applicant.phone])).toEqual([
      { n: 0 },
    ]);
  });

  it('GZ-1: a 2,000-row sync is on record as its job (who, counts), its bulk admissions not row by row, and the trail keeps up', async () => {
    const records = Array.from({ length: 2000 }, (_, i) => ({
      inmateNumber: `AU${String(i).padStart(5, '0')}`,
      name: `审计${i}`,
      idNumber: residentIdNumber('440106', '19800101', i % 1000),
      ward: 1 + (i % 3),
    }));
    const started = Date.now();
    const synced = await t.gql(
      'mutation($r: [InmateRecordInput!]!) { syncInmates(records: $r) { id status createdCount } }',
      { r: records },
      await t.login('prison1.admin'),
    );
    expect(synced.data.syncInmates).toMatchObject({ status: 'DONE', createdCount: 2000 });
    await eventually(
      async () =>
        expect(
          await t.sql(
            `select operation, account_id, after->>'status' as status from judicial.audit_record
      where entity_type = 'prison.roster_import' and entity_id = $1 and action = 'syncInmates' order by seq desc limit 1`,
            [synced.data.syncInmates.id],
          ),
        ).toEqual([{ operation: 'UPDATE', account_id: await accountOf('prison1.admin'), status: 'DONE' }]),
      30_000,
    );
    console.log(`2,000-row sync on record after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(await t.sql(`select count(*)::int as n from judicial.audit_record where entity_type = 'prison.inmate' and action = 'syncInmates'`)).toEqual([
      { n: 0 },
    ]);
  });

  it('GZ-1: a refused or failed mutation leaves no record', async () => {
    const applicationId = await givenPending(5);
    const caseId = await caseIdOf(applicationId);
    expect(code(await t.gql(DECIDE, { id: applicationId, ok: true }, await t.login('bureau1.clerk')))).toBe('FORBIDDEN');
    expect(code(await t.gql(DECIDE, { id: applicationId, ok: false, code: 'NO_SUCH_REASON' }, await t.login('prison1.reviewer')))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(DECIDE, { id: applicationId, ok: true }, await t.login('prison2.reviewer')))).toBe('FORBIDDEN');
    // A later change by the same subgraph is appended after anything the refusals could have written.
    const marker = await givenPending(6);
    await t.gql(DECIDE, { id: marker, ok: true }, await t.login('prison1.reviewer'));
    await eventually(async () => expect(await recordsOf('decideInmateReview', 'prison.review_case', await caseIdOf(marker))).toHaveLength(1));
    expect(await recordsOf('decideInmateReview', 'prison.review_case', caseId)).toEqual([]);
    expect(await t.sql(`select count(*)::int as n from prison.outbox where topic = 'audit.recorded' and aggregate_id = $1`, [caseId])).toEqual([{ n: 0 }]);
  });
});

describe('reading: the auditor and nobody else', () => {
  it('the auditor role is the only one that reads the trail: every other role, a family and an anonymous caller are refused', async () => {
    const queries = [TRAIL, INTEGRITY, '{ auditTrailCsv }'];
    const others = ['clerk', 'reviewer', 'monitor', 'supervisor', 'admin'].flatMap((role) => [`prison1.${role}`, `province.${role}`, `bureau1.${role}`]);
    for (const username of [...others, 'proxy']) {
      const token = await t.login(username);
      for (const query of queries) expect(code(await t.gql(query, {}, token)), `${username} ${query}`).toBe('FORBIDDEN');
    }
    for (const query of queries) expect(code(await t.gql(query, {}))).toBe('UNAUTHENTICATED');
  });

  it('a unit’s auditor sees only the unit’s records; the province’s auditor sees every unit’s; search by person, unit, entity and period, paginated with totals', async () => {
    await eventually(async () =>
      expect((await t.sql(`select count(*)::int as n from judicial.audit_record where tenant_id = $1`, [DEMO_TENANTS.bureau1.id]))[0].n).toBeGreaterThan(0),
    );
    const unitAuditor = await t.login('prison1.auditor');
    const own = await t.gql(TRAIL, { l: 200 }, unitAuditor);
    expect(own.errors).toBeUndefined();
    expect(own.data.auditTrail.total).toBeGreaterThan(0);
    expect(new Set(own.data.auditTrail.records.map((r: { tenantId: string }) => r.tenantId))).toEqual(new Set([DEMO_TENANTS.prison1.id]));
    // Asking for another unit gives nothing.
    expect((await t.gql(TRAIL, { f: { tenantId: DEMO_TENANTS.bureau1.id } }, unitAuditor)).data.auditTrail).toEqual({ total: 0, records: [] });

    const province = await t.login('province.auditor');
    const [{ n: all }] = await t.sql('select count(*)::int as n from judicial.audit_record');
    const everything = await t.gql(TRAIL, { l: 2 }, province);
    expect(everything.data.auditTrail.total).toBe(all);
    expect(everything.data.auditTrail.records).toHaveLength(2);
    const [{ seq: newest }] = await t.sql('select max(seq)::text as seq from judicial.audit_record');
    expect(everything.data.auditTrail.records[0].seq).toBe(newest);
    const page2 = await t.gql(TRAIL, { o: 1, l: 1 }, province);
    expect(page2.data.auditTrail.records[0].seq).toBe(everything.data.auditTrail.records[1].seq);

    const byPerson = await t.gql(TRAIL, { f: { username: 'bureau1.clerk' } }, province);
    const [{ n: clerkCount }] = await t.sql('select count(*)::int as n from judicial.audit_record where account_id = $1', [await accountOf('bureau1.clerk')]);
    expect(byPerson.data.auditTrail.total).toBe(clerkCount);
    expect(byPerson.data.auditTrail.records[0]).toMatchObject({ username: 'bureau1.clerk', tenantKind: 'COUNTY_BUREAU', roles: ['INTAKE_CLERK'] });

    const byEntity = await t.gql(TRAIL, { f: { entityType: 'media.meeting_warning', action: 'warnMeeting' } }, province);
    expect(byEntity.data.auditTrail.total).toBe(1);
    expect(JSON.parse(byEntity.data.auditTrail.records[0].after)).toMatchObject({ ground: 'HARMFUL_TOPICS' });

    const byUnit = await t.gql(TRAIL, { f: { tenantId: DEMO_TENANTS.bureau1.id } }, province);
    const [{ n: bureauCount }] = await t.sql('select count(*)::int as n from judicial.audit_record where tenant_id = $1', [DEMO_TENANTS.bureau1.id]);
    expect(byUnit.data.auditTrail.total).toBe(bureauCount);

    expect((await t.gql(TRAIL, { f: { from: '2020-01-01', to: '2020-12-31' } }, province)).data.auditTrail.total).toBe(0);
    expect((await t.gql(TRAIL, { f: { from: '2020-01-01', to: '2099-12-31' } }, province)).data.auditTrail.total).toBe(all);
    const badPeriod = await t.gql(TRAIL, { f: { from: '2026-12-31', to: '2026-01-01' } }, province);
    expect(badPeriod.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'audit.periodOrder' });
    expect(code(await t.gql(TRAIL, { f: { from: '3 Dec' } }, province))).toBe('BAD_USER_INPUT');
  });

  it('the auditor exports a search as CSV (header, one line per record, formulas defused)', async () => {
    const csv = (await t.gql('query($f: AuditFilter) { auditTrailCsv(filter: $f) }', { f: { action: 'warnMeeting' } }, await t.login('province.auditor'))).data
      .auditTrailCsv as string;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('seq,occurredAt,username,accountId,tenantKind,tenantId,roles,action,operation,entityType,entityId,before,after,hash');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"prison1.monitor","');
    expect(lines[1]).toContain('"warnMeeting","INSERT","media.meeting_warning"');
  });
});

describe('append-only and chained by hash', () => {
  it('no API changes the trail: the schema has no mutation about it', async () => {
    const schema = await t.gql('{ __schema { mutationType { fields { name } } } }');
    const names = schema.data.__schema.mutationType.fields.map((field: { name: string }) => field.name);
    expect(names.filter((name: string) => /audit/i.test(name))).toEqual([]);
  });

  it('the application’s database role can neither update, delete nor truncate a record, nor move the chain’s head', async () => {
    const [{ n: before }] = await t.sql('select count(*)::int as n from judicial.audit_record');
    const refusals = [
      `update judicial.audit_record set action = 'nothing' where seq = 1`,
      'delete from judicial.audit_record where seq = 1',
      'truncate judicial.audit_record',
      'update judicial.audit_chain set last_seq = 0',
      'delete from judicial.audit_chain',
    ];
    for (const statement of refusals) await expect(t.sql(statement), statement).rejects.toMatchObject({ code: '42501' });
    expect(await t.sql('select count(*)::int as n from judicial.audit_record')).toEqual([{ n: before }]);
    expect((await t.gql(INTEGRITY, {}, await t.login('province.auditor'))).data.auditTrailIntegrity).toEqual({
      ok: true,
      checked: before,
      firstBrokenSeq: null,
      reason: null,
    });
  });

  it('a record edited or deleted by a superuser (triggers disabled) is found by the hash check, the first break named', async () => {
    const auditor = await t.login('prison1.auditor');
    const [{ n }] = await t.sql('select count(*)::int as n from judicial.audit_record');
    expect(n).toBeGreaterThan(4);
    await t.sql('alter table judicial.audit_record disable trigger audit_record_append_only');
    try {
      await t.sql(`update judicial.audit_record set after = '{"status":"REJECTED"}' where seq = 4`);
      expect((await t.gql(INTEGRITY, {}, auditor)).data.auditTrailIntegrity).toEqual({ ok: false, checked: n, firstBrokenSeq: '4', reason: 'ROW_ALTERED' });
      await t.sql('delete from judicial.audit_record where seq in (3, 4)');
    } finally {
      await t.sql('alter table judicial.audit_record enable trigger audit_record_append_only');
    }
    expect((await t.gql(INTEGRITY, {}, auditor)).data.auditTrailIntegrity).toEqual({ ok: false, checked: n - 2, firstBrokenSeq: '3', reason: 'ROW_MISSING' });
  });

  it('the last record deleted by a superuser is found too (the chain’s head remembers it)', async () => {
    const [{ seq }] = await t.sql('select max(seq)::int as seq from judicial.audit_record');
    await t.sql('alter table judicial.audit_record disable trigger audit_record_append_only');
    try {
      await t.sql('delete from judicial.audit_record where seq >= 3'); // everything from the first break on
    } finally {
      await t.sql('alter table judicial.audit_record enable trigger audit_record_append_only');
    }
    const result = (await t.gql(INTEGRITY, {}, await t.login('province.auditor'))).data.auditTrailIntegrity;
    expect(result).toEqual({ ok: false, checked: 2, firstBrokenSeq: '3', reason: 'ROW_MISSING' });
    expect(seq).toBeGreaterThan(3);
  });
});
