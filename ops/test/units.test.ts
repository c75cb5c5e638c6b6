import { clock } from '@rv/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { givenInmate, givenPrison, submit } from './support/scenario.js';

let t: TestPlatform;
const realNow = clock.now;
beforeAll(async () => {
  t = await givenPlatform();
});
afterAll(async () => {
  clock.now = realNow;
  await t?.close();
});

type Result = { data?: any; errors?: { message?: string; extensions?: Record<string, any> }[] };
const code = (result: Result) => result.errors?.[0].extensions?.code;
const messageKey = (result: Result) => result.errors?.[0].extensions?.messageKey;
/** A China day at noon, Beijing time. */
const atNoon = (date: string) => () => new Date(`${date}T04:00:00Z`);

const CONTACT = { name: '测试新监狱', region: '测试市', address: '测试市监狱路8号', phone: '0351-1234567' };
const CREATE_PRISON = `mutation($c: UnitContactInput!, $p: String!, $w: [WardInput!], $d: [WardDaysInput!]) {
  createPrison(contact: $c, rulePack: $p, wards: $w, wardDays: $d) { id name address phone active rulePack wards { number name } packSchedule { rulePack effectiveFrom wardDays { ward days } } } }`;
const SCHEDULE_PRISON =
  'mutation($id: ID!, $p: PackAssignmentInput!) { schedulePrisonRulePack(id: $id, pack: $p) { rulePack packSchedule { rulePack effectiveFrom } } }';
const SET_PRISON_ACTIVE = 'mutation($id: ID!, $a: Boolean!, $r: String) { setPrisonActive(id: $id, active: $a, reason: $r) { active inactiveReason } }';
const SET_VENUE_ACTIVE = 'mutation($id: ID!, $a: Boolean!, $r: String) { setVenueActive(id: $id, active: $a, reason: $r) { active inactiveReason } }';

describe('issue 15: units of every kind, managed by the province’s administrator', () => {
  it('the province admin opens a prison with wards and SX-2 ward days inside its pack; judicial’s directory learns it', async () => {
    const admin = await t.login('province.admin');
    const created = await t.gql(
      CREATE_PRISON,
      {
        c: CONTACT,
        p: 'SX',
        w: [
          { number: 1, name: '一监区' },
          { number: 2, name: '二监区' },
        ],
        d: [
          { ward: 1, days: [21, 1, 11] },
          { ward: 2, days: [2, 12, 22] },
        ],
      },
      admin,
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    expect(created.data.createPrison).toMatchObject({
      name: '测试新监狱',
      address: '测试市监狱路8号',
      phone: '0351-1234567',
      active: true,
      rulePack: 'SX',
      wards: [
        { number: 1, name: '一监区' },
        { number: 2, name: '二监区' },
      ],
      packSchedule: [
        {
          rulePack: 'SX',
          effectiveFrom: null,
          wardDays: [
            { ward: 1, days: [1, 11, 21] },
            { ward: 2, days: [2, 12, 22] },
          ],
        },
      ],
    });
    const id = created.data.createPrison.id;
    await eventually(async () => {
      const [ref] = await t.sql('select rule_pack, active, pack_schedule from judicial.institution_ref where id = $1', [id]);
      expect(ref).toEqual({ rule_pack: 'SX', active: true, pack_schedule: [{ pack: 'SX', from: null, wardDays: { 1: [1, 11, 21], 2: [2, 12, 22] } }] });
    });
  });

  it('the province admin opens a detox centre with brigades, a judicial office under its county bureau (GD-41) and the prison bureau', async () => {
    const admin = await t.login('province.admin');
    const centre = await t.gql(
      `mutation($c: UnitContactInput!) { createDetoxCentre(contact: $c, rulePack: "GD", brigades: [{ number: 1, name: "一大队" }]) { id rulePack brigades { number name } } }`,
      { c: { ...CONTACT, name: '测试戒毒所' } },
      admin,
    );
    expect(centre.data.createDetoxCentre).toMatchObject({ rulePack: 'GD', brigades: [{ number: 1, name: '一大队' }] });
    const office = await t.gql(
      `mutation($c: UnitContactInput!, $p: ID) { createVenue(kind: "JUDICIAL_OFFICE", contact: $c, rulePack: "GD", parentBureauId: $p, actsAsCountyBureau: true) { id kind parentBureauId actsAsCountyBureau phone } }`,
      { c: { ...CONTACT, name: '测试司法所' }, p: DEMO_TENANTS.bureau1.id },
      admin,
    );
    expect(office.data.createVenue).toMatchObject({
      kind: 'JUDICIAL_OFFICE',
      parentBureauId: DEMO_TENANTS.bureau1.id,
      actsAsCountyBureau: true,
      phone: '0351-1234567',
    });
    const bureau = await t.gql(
      `mutation($c: UnitContactInput!) { createSupervisingBureau(kind: "PRISON_BUREAU", contact: $c, rulePack: "GD") { id kind name } }`,
      { c: { ...CONTACT, name: '测试省监狱管理局' } },
      admin,
    );
    expect(bureau.data.createSupervisingBureau).toMatchObject({ kind: 'PRISON_BUREAU', name: '测试省监狱管理局' });
    // Only an office has a county bureau above it.
    const wrong = await t.gql(
      `mutation($c: UnitContactInput!, $p: ID) { createVenue(kind: "COUNTY_BUREAU", contact: $c, rulePack: "GD", parentBureauId: $p) { id } }`,
      { c: { ...CONTACT, name: '错误司法局' }, p: DEMO_TENANTS.bureau1.id },
      admin,
    );
    expect(messageKey(wrong)).toBe('admin.unit.onlyOfficeParent');
    expect(await t.sql(`select id from judicial.county_bureau where name = '错误司法局'`)).toEqual([]);
  });

  it('denials: a unit’s admin, the province’s supervisor and a family cannot create, edit, deactivate or re-pack a unit; nothing is written', async () => {
    const prisonId = DEMO_TENANTS.prison2.id;
    const venueId = DEMO_TENANTS.bureau2.id;
    const attempts: [string, Record<string, unknown>][] = [
      [CREATE_PRISON, { c: { ...CONTACT, name: '越权监狱' }, p: 'GD' }],
      ['mutation($id: ID!, $c: UnitContactInput!) { updatePrison(id: $id, contact: $c) { id } }', { id: prisonId, c: { ...CONTACT, name: '越权改名' } }],
      [SET_PRISON_ACTIVE, { id: prisonId, a: false, r: '越权停用' }],
      [SCHEDULE_PRISON, { id: prisonId, p: { rulePack: 'YN', effectiveFrom: '2099-01-01' } }],
      ['mutation($id: ID!) { saveWard(prisonId: $id, ward: { number: 9, name: "越权监区" }) { id } }', { id: prisonId }],
      [`mutation($c: UnitContactInput!) { createDetoxCentre(contact: $c, rulePack: "GD") { id } }`, { c: { ...CONTACT, name: '越权戒毒所' } }],
      ['mutation($id: ID!) { setDetoxCentreActive(id: $id, active: false, reason: "越权") { id } }', { id: DEMO_TENANTS.detox1.id }],
      ['mutation($id: ID!) { saveBrigade(centreId: $id, brigade: { number: 9, name: "越权大队" }) { id } }', { id: DEMO_TENANTS.detox1.id }],
      [`mutation($c: UnitContactInput!) { createVenue(kind: "COUNTY_BUREAU", contact: $c, rulePack: "GD") { id } }`, { c: { ...CONTACT, name: '越权司法局' } }],
      ['mutation($id: ID!, $c: UnitContactInput!) { updateVenue(id: $id, contact: $c) { id } }', { id: venueId, c: { ...CONTACT, name: '越权改名' } }],
      [SET_VENUE_ACTIVE, { id: venueId, a: false, r: '越权停用' }],
      ['mutation($id: ID!) { scheduleVenueRulePack(id: $id, pack: { rulePack: "YN", effectiveFrom: "2099-01-01" }) { id } }', { id: venueId }],
      [
        `mutation($c: UnitContactInput!) { createSupervisingBureau(kind: "DETOX_BUREAU", contact: $c, rulePack: "GD") { id } }`,
        { c: { ...CONTACT, name: '越权管理局' } },
      ],
      ['mutation($id: ID!) { setSupervisingBureauActive(id: $id, active: false, reason: "越权") { id } }', { id: DEMO_TENANTS.prisonBureau.id }],
    ];
    const snapshot = () =>
      t.sql(`select (select json_agg(p order by id) from prison.prison p) as prisons, (select count(*)::int from prison.ward) as wards,
      (select json_agg(c order by id) from detox.detox_centre c) as centres, (select count(*)::int from detox.brigade) as brigades,
      (select json_agg(b order by id) from judicial.county_bureau b) as venues, (select json_agg(s order by id) from judicial.supervising_bureau s) as bureaus`);
    const before = await snapshot();
    for (const login of ['prison2.admin', 'bureau2.admin', 'province.supervisor', 'proxy']) {
      const token = await t.login(login);
      for (const [query, variables] of attempts) {
        const result = await t.gql(query, variables, token);
        expect(code(result), `${login}: ${query}`).toBe('FORBIDDEN');
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('issue 15: wards (prisons) and brigades (detox centres), the province admin’s like the units', () => {
  it('added and renamed, never deleted; two saves of one new number at once make one; each change is on the audit trail', async () => {
    const admin = await t.login('province.admin');
    const SAVE_WARD = 'mutation($id: ID!, $w: WardInput!) { saveWard(prisonId: $id, ward: $w) { id number name } }';
    const SAVE_BRIGADE = 'mutation($id: ID!, $b: BrigadeInput!) { saveBrigade(centreId: $id, brigade: $b) { id number name } }';
    const prisonId = DEMO_TENANTS.prison2.id;
    const added = await Promise.all([0, 1, 2].map(() => t.gql(SAVE_WARD, { id: prisonId, w: { number: 77, name: '七十七监区' } }, admin)));
    expect(added.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(added.map((answer) => answer.data.saveWard.id)).size).toBe(1);
    const wardId = added[0].data.saveWard.id;
    const renamed = await t.gql(SAVE_WARD, { id: prisonId, w: { number: 77, name: ' 新七十七监区 ' } }, admin);
    expect(renamed.data.saveWard).toEqual({ id: wardId, number: 77, name: '新七十七监区' });
    expect(await t.sql('select id, name from prison.ward where prison_id = $1 and number = 77', [prisonId])).toEqual([{ id: wardId, name: '新七十七监区' }]);
    expect(messageKey(await t.gql(SAVE_WARD, { id: prisonId, w: { number: 0, name: '零监区' } }, admin))).toBe('admin.unit.wardNumber');
    expect(messageKey(await t.gql(SAVE_WARD, { id: prisonId, w: { number: 78, name: '  ' } }, admin))).toBe('admin.unit.wardName');
    expect(code(await t.gql(SAVE_WARD, { id: '00000000-0000-4000-8000-0000000000fd', w: { number: 78, name: '无此监狱' } }, admin))).toBe('NOT_FOUND');

    const brigade = await t.gql(SAVE_BRIGADE, { id: DEMO_TENANTS.detox1.id, b: { number: 66, name: '六十六大队' } }, admin);
    expect(brigade.data.saveBrigade).toMatchObject({ number: 66, name: '六十六大队' });
    expect((await t.gql(SAVE_BRIGADE, { id: DEMO_TENANTS.detox1.id, b: { number: 66, name: '戒毒六十六大队' } }, admin)).data.saveBrigade.id).toBe(
      brigade.data.saveBrigade.id,
    );

    // Who, which unit and role, what, and the before/after of each change (the denials are above: a unit's admin, a supervisor, a family).
    await eventually(async () => {
      const records = await t.sql(
        `select action, operation, tenant_kind, roles, before ->> 'name' as before, after ->> 'name' as after from judicial.audit_record
        where entity_id = any($1::text[]) order by seq`,
        [[wardId, brigade.data.saveBrigade.id]],
      );
      expect(records).toEqual([
        { action: 'saveWard', operation: 'INSERT', tenant_kind: 'PROVINCE', roles: expect.arrayContaining(['ADMIN']), before: null, after: '七十七监区' },
        {
          action: 'saveWard',
          operation: 'UPDATE',
          tenant_kind: 'PROVINCE',
          roles: expect.arrayContaining(['ADMIN']),
          before: '七十七监区',
          after: '新七十七监区',
        },
        { action: 'saveBrigade', operation: 'INSERT', tenant_kind: 'PROVINCE', roles: expect.arrayContaining(['ADMIN']), before: null, after: '六十六大队' },
        {
          action: 'saveBrigade',
          operation: 'UPDATE',
          tenant_kind: 'PROVINCE',
          roles: expect.arrayContaining(['ADMIN']),
          before: '六十六大队',
          after: '戒毒六十六大队',
        },
      ]);
    }, 20_000);
  });
});

describe('issue 15: a deactivated unit takes no new bookings and says why; nothing it holds is deleted', () => {
  it('a deactivated prison refuses a booking with UNIT_INACTIVE and its reason, and writes nothing; reactivated, it books', async () => {
    const prison = await givenPrison(t, 'GD', [{}], 3);
    const admin = await t.login('province.admin');
    const deactivated = await t.gql(SET_PRISON_ACTIVE, { id: prison.id, a: false, r: '监狱搬迁，暂停远程会见' }, admin);
    expect(deactivated.data.setPrisonActive).toEqual({ active: false, inactiveReason: '监狱搬迁，暂停远程会见' });
    await eventually(async () => expect((await t.sql('select active from judicial.institution_ref where id = $1', [prison.id]))[0].active).toBe(false));

    const proxy = await t.login('proxy');
    const refused = await submit(t, proxy, { subjectId: prison.inmateIds[0], serviceDayId: prison.days[0].id, idempotencyKey: 'inactive-prison-1' });
    expect(code(refused)).toBe('UNIT_INACTIVE');
    expect(messageKey(refused)).toBe('admin.unit.inactive');
    expect(refused.errors?.[0].extensions?.params).toEqual({ name: expect.stringContaining('测试GD监狱'), reason: '监狱搬迁，暂停远程会见' });
    expect(await t.sql('select id from judicial.application where subject_id = $1', [prison.inmateIds[0]])).toEqual([]);
    expect(await t.sql('select taken from judicial.service_day where id = $1', [prison.days[0].id])).toEqual([{ taken: 0 }]);
    expect(await t.sql('select used from judicial.monthly_allowance where subject_id = $1', [prison.inmateIds[0]])).toEqual([]);
    // Nothing it holds is gone: the prison, its inmates and its days are all still there.
    expect(await t.sql('select count(*)::int as n from prison.inmate where prison_id = $1', [prison.id])).toEqual([{ n: 1 }]);

    // A second deactivation is a conflict; reactivation opens it again.
    expect(code(await t.gql(SET_PRISON_ACTIVE, { id: prison.id, a: false, r: '再次停用' }, admin))).toBe('CONFLICT');
    expect((await t.gql(SET_PRISON_ACTIVE, { id: prison.id, a: true }, admin)).data.setPrisonActive).toEqual({ active: true, inactiveReason: null });
    await eventually(async () => expect((await t.sql('select active from judicial.institution_ref where id = $1', [prison.id]))[0].active).toBe(true));
    const booked = await submit(t, proxy, { subjectId: prison.inmateIds[0], serviceDayId: prison.days[0].id, idempotencyKey: 'inactive-prison-2' });
    expect(booked.errors, JSON.stringify(booked.errors)).toBeUndefined();
  });

  it('a deactivated venue refuses a booking at it with UNIT_INACTIVE and writes nothing', async () => {
    const admin = await t.login('province.admin');
    const deactivated = await t.gql(SET_VENUE_ACTIVE, { id: DEMO_TENANTS.bureau3.id, a: false, r: '会见室装修' }, admin);
    expect(deactivated.errors).toBeUndefined();
    const subjectId = await givenInmate(t, 'prison2', 7);
    const [day] = await t.sql(`select id from judicial.service_day where institution_id = $1 and date > current_date + 1 order by date limit 1`, [
      DEMO_TENANTS.prison2.id,
    ]);
    const refused = await submit(t, await t.login('proxy'), {
      subjectId,
      serviceDayId: day.id,
      venueId: DEMO_TENANTS.bureau3.id,
      idempotencyKey: 'inactive-venue-1',
    });
    expect(code(refused)).toBe('UNIT_INACTIVE');
    expect(refused.errors?.[0].extensions?.params).toEqual({ name: DEMO_TENANTS.bureau3.name, reason: '会见室装修' });
    expect(await t.sql('select id from judicial.application where subject_id = $1', [subjectId])).toEqual([]);
    const reasonless = await t.gql(SET_VENUE_ACTIVE, { id: DEMO_TENANTS.bureau2.id, a: false, r: '  ' }, admin);
    expect(messageKey(reasonless)).toBe('admin.unit.reason');
    expect(await t.sql('select active from judicial.county_bureau where id = $1', [DEMO_TENANTS.bureau2.id])).toEqual([{ active: true }]);
  });
});

describe('issue 15: a unit’s pack change applies to applications filed from its effective day on', () => {
  it('YN from 2026-12-09: filed on 2026-12-07 under GD (and reviewed under GD), filed on 2026-12-09 under YN; a past date is refused', async () => {
    const prison = await givenPrison(t, 'GD', [{}, {}], 12);
    const admin = await t.login('province.admin');
    const proxy = await t.login('proxy');
    try {
      clock.now = atNoon('2026-12-07');
      const scheduled = await t.gql(SCHEDULE_PRISON, { id: prison.id, p: { rulePack: 'YN', effectiveFrom: '2026-12-09' } }, admin);
      expect(scheduled.errors, JSON.stringify(scheduled.errors)).toBeUndefined();
      expect(scheduled.data.schedulePrisonRulePack).toEqual({
        rulePack: 'GD',
        packSchedule: [
          { rulePack: 'GD', effectiveFrom: null },
          { rulePack: 'YN', effectiveFrom: '2026-12-09' },
        ],
      });
      await eventually(async () =>
        expect((await t.sql('select jsonb_array_length(pack_schedule) as n from judicial.institution_ref where id = $1', [prison.id]))[0].n).toBe(2),
      );
      const before = await submit(t, proxy, { subjectId: prison.inmateIds[0], serviceDayId: prison.days[0].id, idempotencyKey: 'pack-change-before' });
      expect(before.errors, JSON.stringify(before.errors)).toBeUndefined();

      clock.now = atNoon('2026-12-09');
      const after = await submit(t, proxy, { subjectId: prison.inmateIds[1], serviceDayId: prison.days[1].id, idempotencyKey: 'pack-change-after' });
      expect(after.errors, JSON.stringify(after.errors)).toBeUndefined();
      const packs = await t.sql('select id, rule_pack from judicial.application where subject_id = any($1) order by submitted_at', [prison.inmateIds]);
      expect(packs.map((row) => row.rule_pack)).toEqual(['GD', 'YN']);
      // The GD application reaches the prison's review under GD (GD-22), whatever the prison works under now.
      await eventually(async () => {
        const [review] = await t.sql('select rule_pack from prison.review_case where application_id = $1', [before.data.submitApplication.id]);
        expect(review).toEqual({ rule_pack: 'GD' });
      });

      const past = await t.gql(SCHEDULE_PRISON, { id: prison.id, p: { rulePack: 'SX', effectiveFrom: '2026-12-08' } }, admin);
      expect(messageKey(past)).toBe('admin.pack.pastDate');
      expect((await t.sql('select jsonb_array_length(pack_schedule) as n from prison.prison where id = $1', [prison.id]))[0].n).toBe(2);
    } finally {
      clock.now = realNow;
    }
  });
});
