import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translateKeyed } from '@rv/schema';
import { DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { givenDayWithSlots, givenInmate, givenPrison, givenStaff, residentIdNumber, submit } from './support/scenario.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
});
afterAll(async () => {
  await t?.close();
});

type Result = { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const code = (result: Result) => result.errors?.[0].extensions?.code;

const JOB =
  'id status source mode totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount errors { row column messageKey params message }';
const START = `mutation($f: RosterFormat!, $m: RosterImportMode, $n: String) { startInmateImport(format: $f, mode: $m, fileName: $n) { id status } }`;
const APPEND = 'mutation($id: ID!, $c: String!) { appendInmateImport(id: $id, chunk: $c) { receivedBytes } }';
const RUN = `mutation($id: ID!) { runInmateImport(id: $id) { ${JOB} } }`;
const POLL = `query($id: ID!) { inmateImport(id: $id) { ${JOB} } }`;
const SYNC = `mutation($r: [InmateRecordInput!]!, $m: RosterImportMode) { syncInmates(records: $r, mode: $m) { ${JOB} } }`;
const CHANGE =
  'mutation($i: InmateCustodyChangeInput!) { recordInmateCustodyChange(input: $i) { id kind active before after effectiveOn source cancelledMeetings } }';
const DECIDE = 'mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }';

const PRISON1 = DEMO_TENANTS.prison1.id;
const SHANXI_ADULT = { name: '赵敏', idNumber: residentIdNumber('140102', '19700505', 71), relation: 'SPOUSE' };
const id = (sequence: number) => residentIdNumber('440106', '19850101', sequence);

/** Uploads a file the way the portal does: opened, sent in small base64 pieces, then run. */
async function importFile(token: string, format: 'CSV' | 'XLSX', bytes: Buffer, mode: 'ALL' | 'GOOD_ROWS' = 'ALL'): Promise<Result> {
  const started = await t.gql(START, { f: format, m: mode, n: `roster.${format.toLowerCase()}` }, token);
  if (!started.data) return started;
  const jobId = started.data.startInmateImport.id;
  const base64 = bytes.toString('base64');
  for (let from = 0; from < base64.length; from += 100_000) {
    const appended = await t.gql(APPEND, { id: jobId, c: base64.slice(from, from + 100_000) }, token);
    if (!appended.data) return appended;
  }
  return t.gql(RUN, { id: jobId }, token);
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\n')}\n`, 'utf8');
const HEADER = '罪犯编号,姓名,身份证号码,监区,处遇级别,罪名类别,外籍或无国籍';

async function countRows() {
  const [row] = await t.sql(
    `select (select count(*)::int from prison.inmate where prison_id = $1) as inmates,
    (select count(*)::int from prison.custody_change) as changes,
    (select count(*)::int from prison.outbox where topic = 'inmate.registered') as events`,
    [PRISON1],
  );
  return row;
}

describe('roster import (a file from the portal)', () => {
  it('a file with bad rows is refused as a whole: nothing changes, and every bad row and column is named (keys, params, words)', async () => {
    const admin = await t.login('prison1.admin');
    const before = await countRows();
    const file = csv([
      HEADER,
      `R100001,王一,${id(1)},1,普管级,普通,否`,
      `R100002,王二,440106198501010000,2,普管级,普通,否`,
      `R100003,,${id(3)},9,特级,普通,否`,
      `R100001,王四,${id(4)},1,,,`,
      `R100005,王五,${id(5)},3,严管级,职务犯罪,也许`,
    ]);
    const result = await importFile(admin, 'CSV', file);
    expect(result.errors).toBeUndefined();
    const job = result.data.runInmateImport;
    expect(job).toMatchObject({ status: 'REFUSED', totalRows: 5, createdCount: 0, updatedCount: 0, rejectedCount: 4, errorCount: 6 });
    expect(job.errors.map((e: any) => [e.row, e.column, e.messageKey, JSON.parse(e.params)])).toEqual([
      [3, 'idNumber', 'roster.row.badIdNumber', {}],
      [4, 'name', 'roster.row.required', {}],
      [
        4,
        'treatmentLevel',
        'roster.row.badChoice',
        { choices: [{ key: 'roster.value.STRICT' }, { key: 'roster.value.ORDINARY' }, { key: 'roster.value.LENIENT' }] },
      ],
      [4, 'ward', 'roster.row.noSuchWard', { ward: 9 }],
      [5, 'inmateNumber', 'roster.row.duplicate', { row: 2 }],
      [6, 'foreign', 'roster.row.badChoice', { choices: [{ key: 'roster.value.yes' }, { key: 'roster.value.no' }] }],
    ]);
    expect(job.errors[3].message).toBe('本监狱没有第9监区');
    // Issue 14: the choices are kept by key, so the reader's language shows them; the zh-CN words as before.
    expect(job.errors[2].message).toBe('应为以下之一：严管级、普管级、宽管级');
    expect(translateKeyed({ key: job.errors[5].messageKey, params: JSON.parse(job.errors[5].params) }, 'en')).toBe('One of: Yes, No');
    expect(await countRows()).toEqual(before);
    expect(await t.sql(`select inmate_number from prison.inmate where inmate_number like 'R10000%'`)).toEqual([]);
  });

  it('GOOD_ROWS: exactly the good rows are imported (each whole), the bad ones come back named', async () => {
    const admin = await t.login('prison1.admin');
    const file = csv([
      HEADER,
      `R200001,李一,${id(11)},1,宽管级,普通,否`,
      `R200002,李二,440106198501010000,2,,,`,
      `R200003,李三,${id(13)},4,STRICT,ORGANISED_CRIME,`,
    ]);
    const job = (await importFile(admin, 'CSV', file, 'GOOD_ROWS')).data.runInmateImport;
    expect(job).toMatchObject({ status: 'PARTIAL', totalRows: 3, processedRows: 2, createdCount: 2, rejectedCount: 1, errorCount: 1 });
    expect(job.errors.map((e: any) => [e.row, e.column, e.messageKey])).toEqual([[3, 'idNumber', 'roster.row.badIdNumber']]);
    expect(
      await t.sql(`select i.inmate_number, i.name, w.number as ward, i.treatment_level, i.crime_category from prison.inmate i join prison.ward w on w.id = i.ward_id
      where i.inmate_number like 'R20000%' order by 1`),
    ).toEqual([
      { inmate_number: 'R200001', name: '李一', ward: 1, treatment_level: 'LENIENT', crime_category: 'ORDINARY' },
      { inmate_number: 'R200003', name: '李三', ward: 4, treatment_level: 'STRICT', crime_category: 'ORGANISED_CRIME' },
    ]);
    // Admitted as dated events, and announced to judicial's directory (routing applications to this prison).
    expect(
      await t.sql(`select c.kind, c.source from prison.custody_change c join prison.inmate i on i.id = c.subject_id where i.inmate_number like 'R20000%'`),
    ).toEqual([
      { kind: 'ADMISSION', source: 'FILE' },
      { kind: 'ADMISSION', source: 'FILE' },
    ]);
    await eventually(async () =>
      expect(
        await t.sql(`select s.institution_id, s.treatment_level from judicial.subject_ref s join prison.inmate i on i.id = s.id
      where i.inmate_number = 'R200003'`),
      ).toEqual([{ institution_id: PRISON1, treatment_level: 'STRICT' }]),
    );
  });

  it('XLSX: the downloaded template, filled in, imports; progress ends at every row', async () => {
    const admin = await t.login('prison1.admin');
    const template = await t.gql('query { inmateRosterTemplate(format: XLSX) { fileName mimeType contentBase64 } }', {}, admin);
    expect(template.data.inmateRosterTemplate).toMatchObject({
      fileName: 'inmate-roster.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.data.inmateRosterTemplate.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(['罪犯编号', '姓名', '身份证号码', '监区', '处遇级别', '罪名类别', '外籍或无国籍']);
    sheet.spliceRows(2, 1);
    for (let i = 0; i < 300; i++) sheet.addRow([`X${String(i).padStart(6, '0')}`, `赵${i}`, id(100 + i), (i % 5) + 1, '普管级', '普通', '否']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const job = (await importFile(admin, 'XLSX', bytes)).data.runInmateImport;
    expect(job).toMatchObject({ status: 'DONE', totalRows: 300, processedRows: 300, createdCount: 300, errorCount: 0 });
    expect((await t.gql(POLL, { id: job.id }, admin)).data.inmateImport).toMatchObject({ status: 'DONE', processedRows: 300 });
    const [{ count }] = await t.sql(`select count(*)::int as count from prison.inmate where inmate_number like 'X%' and prison_id = $1`, [PRISON1]);
    expect(count).toBe(300);
    // The import is on the audit trail as its job (who, which file, the counts), not as 300 admissions row by row.
    await eventually(
      async () =>
        expect(
          await t.sql(
            `select operation, after->>'status' as status from judicial.audit_record
      where entity_type = 'prison.roster_import' and entity_id = $1 and action = 'runInmateImport' order by seq desc limit 1`,
            [job.id],
          ),
        ).toEqual([{ operation: 'UPDATE', status: 'DONE' }]),
      30_000,
    );
    expect(
      await t.sql(
        `select count(*)::int as count from judicial.audit_record where entity_type in ('prison.inmate', 'prison.custody_change') and action = 'runInmateImport'`,
      ),
    ).toEqual([{ count: 0 }]);
  });

  it('a file that is not a spreadsheet is refused with its reason, and nothing is written', async () => {
    const before = await countRows();
    const job = (await importFile(await t.login('prison1.admin'), 'XLSX', Buffer.from('not a workbook'))).data.runInmateImport;
    expect(job).toMatchObject({ status: 'REFUSED', errors: [{ row: 1, column: null, messageKey: 'roster.file.unreadable', params: '{"format":"XLSX"}' }] });
    expect(await countRows()).toEqual(before);
  });
});

describe('roster sync (the prison’s own system)', () => {
  const batch = [
    { inmateNumber: 'S300001', name: '周一', idNumber: id(201), ward: 1 },
    { inmateNumber: 'S300002', name: '周二', idNumber: id(202), ward: 2, treatmentLevel: 'LENIENT' },
    { inmateNumber: 'S300003', name: '周三', idNumber: id(203), ward: 3, crimeCategory: 'DUTY_CRIME' },
  ];

  it('is idempotent: the same batch twice gives the same rows and no second events', async () => {
    const admin = await t.login('prison1.admin');
    const first = (await t.gql(SYNC, { r: batch }, admin)).data.syncInmates;
    expect(first).toMatchObject({ status: 'DONE', source: 'SYNC', createdCount: 3, updatedCount: 0, unchangedCount: 0 });
    const after = await countRows();
    const rows = await t.sql(`select id, inmate_number, treatment_level, crime_category from prison.inmate where inmate_number like 'S30000%' order by 2`);
    const second = (await t.gql(SYNC, { r: batch }, admin)).data.syncInmates;
    expect(second).toMatchObject({ status: 'DONE', createdCount: 0, updatedCount: 0, unchangedCount: 3 });
    expect(await countRows()).toEqual(after);
    expect(await t.sql(`select id, inmate_number, treatment_level, crime_category from prison.inmate where inmate_number like 'S30000%' order by 2`)).toEqual(
      rows,
    );
  });

  it('SX-9 / SX-5: a changed level, category or ward is a dated custody event (once)', async () => {
    const admin = await t.login('prison1.admin');
    const changed = [{ ...batch[0], treatmentLevel: 'STRICT' }, { ...batch[1], ward: 4 }, batch[2]];
    expect((await t.gql(SYNC, { r: changed }, admin)).data.syncInmates).toMatchObject({ createdCount: 0, updatedCount: 2, unchangedCount: 1 });
    expect((await t.gql(SYNC, { r: changed }, admin)).data.syncInmates).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 3 });
    expect(
      await t.sql(`select i.inmate_number, c.kind, c.before, c.after, c.source from prison.custody_change c join prison.inmate i on i.id = c.subject_id
      where i.inmate_number like 'S30000%' and c.kind <> 'ADMISSION' order by 1`),
    ).toEqual([
      { inmate_number: 'S300001', kind: 'TREATMENT_LEVEL', before: 'ORDINARY', after: 'STRICT', source: 'SYNC' },
      { inmate_number: 'S300002', kind: 'WARD_MOVE', before: '2', after: '4', source: 'SYNC' },
    ]);
  });

  it('a batch with a bad record is refused whole; a number held by another prison is named, not taken over', async () => {
    const admin = await t.login('prison1.admin');
    const before = await countRows();
    const [elsewhere] = await t.sql('select inmate_number from prison.inmate where prison_id = $1 limit 1', [DEMO_TENANTS.prison2.id]);
    const result = (
      await t.gql(
        SYNC,
        {
          r: [
            { inmateNumber: 'S400001', name: '吴一', idNumber: id(301), ward: 1 },
            { inmateNumber: elsewhere.inmate_number, name: '吴二', idNumber: id(302), ward: 1 },
          ],
        },
        admin,
      )
    ).data.syncInmates;
    expect(result).toMatchObject({ status: 'REFUSED', createdCount: 0, errors: [{ row: 2, column: 'inmateNumber', messageKey: 'roster.row.heldElsewhere' }] });
    expect(await countRows()).toEqual(before);
  });

  it('denials: another prison’s admin, a prison clerk, a bureau clerk and a family cannot import, sync or read another prison’s import; nothing is written', async () => {
    const before = await countRows();
    const admin = await t.login('prison1.admin');
    const started = (await t.gql(START, { f: 'CSV' }, admin)).data.startInmateImport;
    const other = await t.login('prison2.admin');
    expect(code(await t.gql(POLL, { id: started.id }, other))).toBe('FORBIDDEN');
    expect(code(await t.gql(APPEND, { id: started.id, c: csv([HEADER]).toString('base64') }, other))).toBe('FORBIDDEN');
    expect(code(await t.gql(RUN, { id: started.id }, other))).toBe('FORBIDDEN');
    for (const login of ['prison1.clerk', 'bureau1.clerk', 'bureau1.admin', 'proxy']) {
      const token = await t.login(login);
      expect(code(await t.gql(SYNC, { r: [batch[0]] }, token))).toBe('FORBIDDEN');
      expect(code(await t.gql(START, { f: 'CSV' }, token))).toBe('FORBIDDEN');
      expect(code(await t.gql('query { inmateImports { id } }', {}, token))).toBe('FORBIDDEN');
    }
    expect(code(await t.gql(SYNC, { r: [batch[0]] }))).toBe('UNAUTHENTICATED');
    expect(await countRows()).toEqual(before);
    expect(await t.sql(`select status from prison.roster_import where id = $1`, [started.id])).toEqual([{ status: 'UPLOADING' }]);
  });
});

describe('the inmates table', () => {
  it('pages with the total and searches by name or number', async () => {
    const reviewer = await t.login('prison2.reviewer');
    const page = await t.gql(
      'query($s: String, $l: Int, $o: Int) { inmatePage(search: $s, limit: $l, offset: $o) { total items { inmateNumber } } }',
      { l: 5, o: 15 },
      reviewer,
    );
    expect(page.data.inmatePage.total).toBe(20);
    expect(page.data.inmatePage.items.map((i: any) => i.inmateNumber)).toEqual(['200016', '200017', '200018', '200019', '200020']);
    const found = await t.gql('query($s: String) { inmatePage(search: $s) { total items { inmateNumber } } }', { s: '20001' }, reviewer);
    expect(found.data.inmatePage).toEqual({ total: 10, items: expect.any(Array) });
  });
});

/** An application for the inmate on a fresh day, approved by prison1's reviewer. */
async function givenApproved(subjectId: string, key: string): Promise<{ id: string; dayId: string; date: string; number: string }> {
  const day = await givenDayWithSlots(t, 2);
  const submitted = await submit(t, await t.login('proxy'), { subjectId, serviceDayId: day.id, idempotencyKey: key });
  if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
  const application = submitted.data.submitApplication;
  const reviewer = await t.login('prison1.reviewer');
  await eventually(async () => expect((await t.gql(DECIDE, { id: application.id }, reviewer)).data?.decideInmateReview.status).toBe('APPROVED'));
  await eventually(
    async () => expect(await t.sql('select status from judicial.application where id = $1', [application.id])).toEqual([{ status: 'APPROVED' }]),
    30_000,
  );
  return { id: application.id, dayId: day.id, date: day.date, number: application.number };
}

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('custody changes', () => {
  it('GD-24: a confinement cancels exactly the inmate’s future approved meeting: slot and month back, the family told by SMS with the rule; others keep theirs', async () => {
    const confined = await givenInmate(t, 'prison1', 10);
    const other = await givenInmate(t, 'prison1', 11);
    const hit = await givenApproved(confined, 'roster-confined');
    const kept = await givenApproved(other, 'roster-kept');
    expect(await t.sql('select taken from judicial.service_day where id = $1', [hit.dayId])).toEqual([{ taken: 1 }]);

    const change = await t.gql(
      CHANGE,
      { i: { inmateId: confined, kind: 'CONFINEMENT', active: true, effectiveOn: today(), note: '打架' } },
      await t.login('prison1.supervisor'),
    );
    expect(change.errors).toBeUndefined();
    expect(change.data.recordInmateCustodyChange).toMatchObject({
      kind: 'CONFINEMENT',
      active: true,
      before: 'false',
      after: 'true',
      source: 'PORTAL',
      cancelledMeetings: 1,
    });

    expect(await t.sql('select status, stop_rule, stop_reason_code from prison.review_case where application_id = $1', [hit.id])).toEqual([
      { status: 'STOPPED', stop_rule: 'GD-24', stop_reason_code: 'CONFINEMENT' },
    ]);
    await eventually(async () =>
      expect(await t.sql('select status, outcome_rule, outcome_code from judicial.application where id = $1', [hit.id])).toEqual([
        { status: 'STOPPED', outcome_rule: 'GD-24', outcome_code: 'CONFINEMENT' },
      ]),
    );
    expect(await t.sql('select taken from judicial.service_day where id = $1', [hit.dayId])).toEqual([{ taken: 0 }]);
    expect(await t.sql('select used from judicial.monthly_allowance where subject_id = $1 and month = $2', [confined, hit.date.slice(0, 7)])).toEqual([
      { used: 0 },
    ]);
    expect(await t.sql(`select body from judicial.sms_message where application_id = $1 and kind = 'stopped'`, [hit.id])).toEqual([
      { body: `【远程会见】您的会见（编号${hit.number}，${hit.date}）已停止：会见对象在会见日不符合会见条件（GD-24）。号源和本月会见次数已退还。` },
    ]);
    await eventually(async () => expect(await t.sql('select state from media.meeting where application_id = $1', [hit.id])).toEqual([{ state: 'CANCELLED' }]));
    expect(await t.sql('select status from judicial.application where id = $1', [kept.id])).toEqual([{ status: 'APPROVED' }]);
    expect(await t.sql('select taken from judicial.service_day where id = $1', [kept.dayId])).toEqual([{ taken: 1 }]);
    expect(await t.sql('select in_confinement, last_confinement_punishment::text from prison.inmate where id = $1', [confined])).toEqual([
      { in_confinement: true, last_confinement_punishment: today() },
    ]);
  });

  it('SX-9: under the SX pack a strict level stops the approved meeting citing SX-9, the applying pack’s own rule', async () => {
    const sx = await givenPrison(t, 'SX', [{}], 12);
    const [inmate] = sx.inmateIds;
    const submitted = await submit(t, await t.login('proxy'), {
      subjectId: inmate,
      serviceDayId: sx.days[0].id,
      idempotencyKey: 'roster-sx',
      visitors: [SHANXI_ADULT],
    });
    expect(submitted.errors).toBeUndefined();
    const applicationId = submitted.data.submitApplication.id;
    const reviewer = await givenStaff(t, 'PRISON', sx.id, 'REVIEWER');
    await eventually(async () => expect((await t.gql(DECIDE, { id: applicationId }, reviewer)).data?.decideInmateReview.status).toBe('APPROVED'));
    const change = await t.gql(
      CHANGE,
      { i: { inmateId: inmate, kind: 'TREATMENT_LEVEL', value: 'STRICT', effectiveOn: today() } },
      await givenStaff(t, 'PRISON', sx.id, 'ADMIN'),
    );
    expect(change.data.recordInmateCustodyChange).toMatchObject({ kind: 'TREATMENT_LEVEL', before: 'ORDINARY', after: 'STRICT', cancelledMeetings: 1 });
    expect(await t.sql('select status, stop_rule, stop_reason_code from prison.review_case where application_id = $1', [applicationId])).toEqual([
      { status: 'STOPPED', stop_rule: 'SX-9', stop_reason_code: 'STRICT_LEVEL' },
    ]);
    await eventually(async () =>
      expect(await t.sql('select status, outcome_rule from judicial.application where id = $1', [applicationId])).toEqual([
        { status: 'STOPPED', outcome_rule: 'SX-9' },
      ]),
    );
  });

  it('a transfer moves nothing silently: the meetings at the old prison are cancelled with the reason, the family told, the directory follows', async () => {
    const moved = await givenInmate(t, 'prison1', 12);
    const approved = await givenApproved(moved, 'roster-transfer');
    const change = await t.gql(
      CHANGE,
      { i: { inmateId: moved, kind: 'TRANSFER', value: DEMO_TENANTS.prison2.id, effectiveOn: today() } },
      await t.login('prison1.admin'),
    );
    expect(change.data.recordInmateCustodyChange).toMatchObject({ kind: 'TRANSFER', before: PRISON1, after: DEMO_TENANTS.prison2.id, cancelledMeetings: 1 });
    expect(await t.sql('select status, stop_rule, stop_reason_code from prison.review_case where application_id = $1', [approved.id])).toEqual([
      { status: 'STOPPED', stop_rule: null, stop_reason_code: 'TRANSFERRED' },
    ]);
    await eventually(async () =>
      expect(await t.sql('select status, outcome_rule, outcome_code from judicial.application where id = $1', [approved.id])).toEqual([
        { status: 'STOPPED', outcome_rule: null, outcome_code: 'TRANSFERRED' },
      ]),
    );
    expect(await t.sql('select taken from judicial.service_day where id = $1', [approved.dayId])).toEqual([{ taken: 0 }]);
    expect(await t.sql(`select body from judicial.sms_message where application_id = $1 and kind = 'stopped'`, [approved.id])).toEqual([
      {
        body: `【远程会见】您的会见申请（编号${approved.number}，${approved.date}）已取消：会见对象已调往其他监所。号源和本月会见次数已退还，请向其现所在监所重新申请。`,
      },
    ]);
    await eventually(async () =>
      expect(await t.sql('select institution_id from judicial.subject_ref where id = $1', [moved])).toEqual([{ institution_id: DEMO_TENANTS.prison2.id }]),
    );
    expect(await t.sql('select prison_id from prison.inmate where id = $1', [moved])).toEqual([{ prison_id: DEMO_TENANTS.prison2.id }]);
    // The old prison no longer records changes of the inmate.
    expect(code(await t.gql(CHANGE, { i: { inmateId: moved, kind: 'WARNING', effectiveOn: today() } }, await t.login('prison1.admin')))).toBe('FORBIDDEN');
  });

  it('denials: another prison, a reviewer, a bureau clerk, a family; a bad input; each writes nothing', async () => {
    const inmate = await givenInmate(t, 'prison1', 13);
    const input = { inmateId: inmate, kind: 'CONFINEMENT', active: true, effectiveOn: today() };
    for (const login of ['prison2.admin', 'prison1.reviewer', 'bureau1.clerk', 'proxy'])
      expect(code(await t.gql(CHANGE, { i: input }, await t.login(login)))).toBe('FORBIDDEN');
    const admin = await t.login('prison1.admin');
    expect((await t.gql(CHANGE, { i: { ...input, effectiveOn: '2999-01-01' } }, admin)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'roster.custody.futureDate',
    });
    expect((await t.gql(CHANGE, { i: { ...input, active: null } }, admin)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'roster.custody.activeRequired',
    });
    expect((await t.gql(CHANGE, { i: { ...input, kind: 'RESTRAINT' } }, admin)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'roster.custody.kindNotForSubject',
    });
    expect(await t.sql('select count(*)::int as count from prison.custody_change where subject_id = $1', [inmate])).toEqual([{ count: 0 }]);
    expect(await t.sql('select in_confinement from prison.inmate where id = $1', [inmate])).toEqual([{ in_confinement: false }]);
  });

  it('GD-24 / YN-15: the prison’s system syncs custody events by inmate number and its own event id: recorded once however often sent; a bad event refuses the batch, named', async () => {
    const admin = await t.login('prison1.admin');
    const SYNC_EVENTS = 'mutation($e: [InmateCustodyEventInput!]!) { syncInmateCustodyChanges(events: $e) { id kind source externalId } }';
    const [first, second] = await t.sql('select id, inmate_number from prison.inmate where prison_id = $1 order by inmate_number offset 14 limit 2', [PRISON1]);
    const events = [
      { eventId: 'JY-2026-0001', inmateNumber: first.inmate_number, kind: 'INVESTIGATION', active: true, effectiveOn: today() },
      { eventId: 'JY-2026-0002', inmateNumber: second.inmate_number, kind: 'DEMERIT', effectiveOn: today() },
    ];
    const sent = await t.gql(SYNC_EVENTS, { e: events }, admin);
    expect(sent.errors).toBeUndefined();
    expect(sent.data.syncInmateCustodyChanges.map((c: any) => [c.kind, c.source, c.externalId])).toEqual([
      ['INVESTIGATION', 'SYNC', 'JY-2026-0001'],
      ['DEMERIT', 'SYNC', 'JY-2026-0002'],
    ]);
    const again = await t.gql(SYNC_EVENTS, { e: events }, admin);
    expect(again.data.syncInmateCustodyChanges.map((c: any) => c.id)).toEqual(sent.data.syncInmateCustodyChanges.map((c: any) => c.id));
    expect(await t.sql(`select count(*)::int as count from prison.custody_change where external_id like 'JY-2026-%'`)).toEqual([{ count: 2 }]);
    expect(await t.sql('select under_investigation from prison.inmate where id = $1', [first.id])).toEqual([{ under_investigation: true }]);

    const refused = await t.gql(
      SYNC_EVENTS,
      {
        e: [
          { ...events[0], eventId: 'JY-2026-0003', kind: 'CONFINEMENT' },
          { eventId: 'JY-2026-0004', inmateNumber: 'NOBODY', kind: 'WARNING', effectiveOn: today() },
        ],
      },
      admin,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'roster.custody.eventInvalid',
      row: 2,
      cause: { messageKey: 'roster.custody.noSuchSubject' },
    });
    expect(await t.sql(`select count(*)::int as count from prison.custody_change where external_id in ('JY-2026-0003', 'JY-2026-0004')`)).toEqual([
      { count: 0 },
    ]);
    expect(await t.sql('select in_confinement from prison.inmate where id = $1', [first.id])).toEqual([{ in_confinement: false }]);
    for (const login of ['prison1.supervisor', 'prison2.admin', 'bureau1.clerk', 'proxy'])
      expect(code(await t.gql(SYNC_EVENTS, { e: [{ ...events[0], eventId: 'JY-2026-0009' }] }, await t.login(login)))).toBe('FORBIDDEN');
  });

  it('the custody record is append-only: the database refuses to edit or delete a change', async () => {
    const [row] = await t.sql('select id from prison.custody_change limit 1');
    await expect(t.sql(`update prison.custody_change set note = 'x' where id = $1`, [row.id])).rejects.toThrow(/append-only/);
    await expect(t.sql('delete from prison.custody_change where id = $1', [row.id])).rejects.toThrow(/append-only/);
  });
});

describe('the same at a detox centre', () => {
  const DETOX_SYNC =
    'mutation($r: [DetaineeRecordInput!]!) { syncDetainees(records: $r) { status createdCount updatedCount unchangedCount errors { row column messageKey } } }';
  const DETOX_CHANGE = 'mutation($i: DetaineeCustodyChangeInput!) { recordDetaineeCustodyChange(input: $i) { kind active cancelledMeetings } }';

  it('a detox centre syncs its detainees by number, idempotently; a changed brigade is a custody event; another centre’s staff and a prison admin are refused', async () => {
    const admin = await t.login('detox1.admin');
    const batch = [
      { detaineeNumber: 'DS0001', name: '郑一', idNumber: id(401), brigade: 1 },
      { detaineeNumber: 'DS0002', name: '郑二', idNumber: id(402), brigade: 2 },
    ];
    expect((await t.gql(DETOX_SYNC, { r: batch }, admin)).data.syncDetainees).toMatchObject({ status: 'DONE', createdCount: 2 });
    expect((await t.gql(DETOX_SYNC, { r: batch }, admin)).data.syncDetainees).toMatchObject({ status: 'DONE', createdCount: 0, unchangedCount: 2 });
    expect(
      (
        await t.gql(
          DETOX_SYNC,
          {
            r: [
              { ...batch[0], brigade: 3 },
              { ...batch[1], idNumber: 'bad' },
            ],
          },
          admin,
        )
      ).data.syncDetainees,
    ).toMatchObject({ status: 'REFUSED', errors: [{ row: 2, column: 'idNumber', messageKey: 'roster.row.badIdNumber' }] });
    expect((await t.gql(DETOX_SYNC, { r: [{ ...batch[0], brigade: 3 }, batch[1]] }, admin)).data.syncDetainees).toMatchObject({
      updatedCount: 1,
      unchangedCount: 1,
    });
    expect(
      await t.sql(
        `select c.kind, c.before, c.after from detox.custody_change c join detox.detainee d on d.id = c.subject_id where d.detainee_number = 'DS0001' order by c.recorded_at`,
      ),
    ).toEqual([
      { kind: 'ADMISSION', before: null, after: DEMO_TENANTS.detox1.id },
      { kind: 'BRIGADE_MOVE', before: '1', after: '3' },
    ]);
    for (const login of ['prison1.admin', 'detox1.clerk', 'bureau1.clerk', 'proxy'])
      expect(code(await t.gql(DETOX_SYNC, { r: batch }, await t.login(login)))).toBe('FORBIDDEN');
  });

  it('GD-25: protective restraint stops the detainee’s approved meeting citing GD-25; slot back and the family told', async () => {
    const [detainee] = await t.sql('select id from detox.detainee where centre_id = $1 order by detainee_number offset 3 limit 1', [DEMO_TENANTS.detox1.id]);
    const [day] = await t.sql('select id, date::text from judicial.service_day where institution_id = $1 order by date offset 2 limit 1', [
      DEMO_TENANTS.detox1.id,
    ]);
    const submitted = await submit(t, await t.login('proxy'), { subjectId: detainee.id, serviceDayId: day.id, idempotencyKey: 'roster-detox-restraint' });
    const applicationId = submitted.data.submitApplication.id;
    const reviewer = await t.login('detox1.reviewer');
    await eventually(async () =>
      expect(
        (await t.gql('mutation($id: ID!) { decideDetaineeReview(applicationId: $id, approve: true) { status } }', { id: applicationId }, reviewer)).data
          ?.decideDetaineeReview.status,
      ).toBe('APPROVED'),
    );
    const [{ taken }] = await t.sql('select taken from judicial.service_day where id = $1', [day.id]);
    const change = await t.gql(
      DETOX_CHANGE,
      { i: { detaineeId: detainee.id, kind: 'RESTRAINT', active: true, effectiveOn: today() } },
      await t.login('detox1.supervisor'),
    );
    expect(change.data.recordDetaineeCustodyChange).toEqual({ kind: 'RESTRAINT', active: true, cancelledMeetings: 1 });
    expect(await t.sql('select status, stop_rule, stop_reason_code from detox.review_case where application_id = $1', [applicationId])).toEqual([
      { status: 'STOPPED', stop_rule: 'GD-25', stop_reason_code: 'RESTRAINT' },
    ]);
    await eventually(async () =>
      expect(await t.sql('select status, outcome_rule from judicial.application where id = $1', [applicationId])).toEqual([
        { status: 'STOPPED', outcome_rule: 'GD-25' },
      ]),
    );
    expect(await t.sql('select taken from judicial.service_day where id = $1', [day.id])).toEqual([{ taken: taken - 1 }]);
    expect(await t.sql(`select count(*)::int as count from judicial.sms_message where application_id = $1 and kind = 'stopped'`, [applicationId])).toEqual([
      { count: 1 },
    ]);
    expect(
      code(
        await t.gql(DETOX_CHANGE, { i: { detaineeId: detainee.id, kind: 'RESTRAINT', active: false, effectiveOn: today() } }, await t.login('prison1.admin')),
      ),
    ).toBe('FORBIDDEN');
  });
});
