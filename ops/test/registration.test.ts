import { chinaDate, clock, nationalCalendar } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../src/demo.js';
import { givenPlatform, type TestPlatform } from './support/harness.js';
import { givenDayWithSlots, givenInmate, givenPrison, residentIdNumber, submit, tokenFor } from './support/scenario.js';

let t: TestPlatform;
const realNow = clock.now;
beforeAll(async () => {
  // YN-14 takes applications on working days only: run this file on one, whatever day CI runs.
  let now = new Date();
  while (!nationalCalendar().isWorkingDay(chinaDate(now))) now = new Date(now.getTime() + 86_400_000);
  clock.now = () => now;
  t = await givenPlatform();
});
afterAll(async () => {
  clock.now = realNow;
  await t?.close();
});

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
const rule = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0].extensions?.rule;
const REGISTER = `mutation($input: RegisterRelationshipInput!) { registerRelationship(input: $input) {
  id visitorName visitorIdNumberMasked relation proofKind realPersonChecked photoSha256 registeredByTenantId } }`;
const SISTER = { name: '周丽', idNumber: residentIdNumber('440106', '19850505', 51), relation: 'SIBLING' };
// The smallest valid PNG header is enough for the type check: 8 signature bytes and an IHDR chunk start.
const PHOTO = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).toString('base64');

function registration(subjectId: string, visitor = SISTER, extra: Record<string, unknown> = {}) {
  return { input: { subjectId, visitor, proofKind: 'HOUSEHOLD_REGISTER', proofReference: '户口簿 第0012页', applicantVouches: true, ...extra } };
}

describe('GD-17 / YN-8(1) / SX-3(2): a first application needs the relationship proven and registered', () => {
  it('GD-17: unregistered visitors are refused; the subject’s prison registers the relationship; later applications need only ID', async () => {
    const proxy = await t.login('proxy');
    const subjectId = await givenInmate(t, 'prison1', 5);
    const day = await givenDayWithSlots(t, 3);
    const before = await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: 'gd17-unregistered', visitors: [SISTER] }, false);
    expect(code(before)).toBe('RELATIONSHIP_NOT_REGISTERED');
    expect(rule(before)).toBe('GD-17');
    expect(before.errors?.[0]).toMatchObject({
      message: '首次申请前须持关系证明到会见对象所在监所登记亲属关系',
      extensions: { messageKey: 'rule.registerAtInstitutionFirst', visitor: '周丽' },
    });
    const [{ taken }] = await t.sql('select taken from judicial.service_day where id = $1', [day.id]);
    expect(taken).toBe(0); // nothing written

    // Not a bureau (GD registers at the institution), not another prison, not an auditor.
    expect(rule(await t.gql(REGISTER, registration(subjectId), await t.login('bureau1.clerk')))).toBe('GD-17');
    expect(code(await t.gql(REGISTER, registration(subjectId), await t.login('prison2.reviewer')))).toBe('FORBIDDEN');
    expect(code(await t.gql(REGISTER, registration(subjectId), await t.login('prison1.auditor')))).toBe('FORBIDDEN');
    // GD-17: the applicant vouches for the documents; YN-35: an ID card alone proves no relationship.
    expect(code(await t.gql(REGISTER, registration(subjectId, SISTER, { applicantVouches: false }), await t.login('prison1.reviewer')))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(REGISTER, registration(subjectId, SISTER, { proofKind: 'ID_CARD' }), await t.login('prison1.reviewer')))).toBe('BAD_USER_INPUT');

    const registered = await t.gql(REGISTER, registration(subjectId), await t.login('prison1.reviewer'));
    expect(registered.errors).toBeUndefined();
    expect(registered.data.registerRelationship).toMatchObject({
      visitorName: '周丽',
      relation: 'SIBLING',
      proofKind: 'HOUSEHOLD_REGISTER',
      registeredByTenantId: DEMO_TENANTS.prison1.id,
      visitorIdNumberMasked: `440106********${SISTER.idNumber.slice(-4)}`,
    });
    expect(code(await t.gql(REGISTER, registration(subjectId), await t.login('prison1.reviewer')))).toBe('CONFLICT');

    // The relation claimed must be the one registered.
    const wrongRelation = await submit(
      t,
      proxy,
      { subjectId, serviceDayId: day.id, idempotencyKey: 'gd17-wrong-relation', visitors: [{ ...SISTER, relation: 'SPOUSE' }] },
      false,
    );
    expect(code(wrongRelation)).toBe('RELATIONSHIP_NOT_REGISTERED');
    const after = await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: 'gd17-registered', visitors: [SISTER] }, false);
    expect(after.errors).toBeUndefined();

    const list = await t.gql(
      'query($id: ID!) { relationships(subjectId: $id) { visitorName visitorIdNumberMasked } }',
      { id: subjectId },
      await t.login('prison1.clerk'),
    );
    expect(list.data.relationships).toContainEqual({ visitorName: '周丽', visitorIdNumberMasked: `440106********${SISTER.idNumber.slice(-4)}` });
    expect(JSON.stringify(list)).not.toContain(SISTER.idNumber);
    expect(
      (await t.gql('query($id: ID!) { relationships(subjectId: $id) { id } }', { id: subjectId }, await t.login('prison2.clerk'))).data.relationships,
    ).toEqual([]);
  });

  it('YN-8(1): the bureau checks the relationship with real-person authentication; SX-3(2): with a recent photo', async () => {
    const yn = await givenPrison(t, 'YN', [{}], 5);
    const sx = await givenPrison(t, 'SX', [{}], 12);
    const clerkOf = async (pack: string) => {
      const [bureau] = await t.sql(
        `insert into judicial.county_bureau (id, name, kind, region, address, rule_pack)
        values (gen_random_uuid(), $1, 'COUNTY_BUREAU', '测试', '测试', $2) returning id`,
        [`测试${pack}司法局${randomUUID().slice(0, 4)}`, pack],
      );
      return tokenFor({ accountId: randomUUID(), tenantKind: 'COUNTY_BUREAU', tenantId: bureau.id, roles: ['INTAKE_CLERK'] });
    };
    const ynClerk = await clerkOf('YN');
    const sxClerk = await clerkOf('SX');
    const sxFamily = { name: '王强', idNumber: residentIdNumber('140102', '19700101', 61), relation: 'SIBLING' };

    expect(rule(await t.gql(REGISTER, registration(yn.inmateIds[0]), ynClerk))).toBe('YN-8(1)');
    expect(
      code(
        await t.gql(
          REGISTER,
          registration(yn.inmateIds[0]),
          await tokenFor({ accountId: randomUUID(), tenantKind: 'PRISON', tenantId: yn.id, roles: ['REVIEWER'] }),
        ),
      ),
    ).toBe('NOT_ELIGIBLE');
    // A GD bureau does not serve a YN subject.
    expect(code(await t.gql(REGISTER, registration(yn.inmateIds[0], SISTER, { realPersonChecked: true }), await t.login('bureau1.clerk')))).toBe('FORBIDDEN');
    expect((await t.gql(REGISTER, registration(yn.inmateIds[0], SISTER, { realPersonChecked: true }), ynClerk)).data.registerRelationship).toMatchObject({
      realPersonChecked: true,
    });
    // Issue 19, least privilege: the bureau that recorded it lists it; another YN bureau, with no application of the family filed at it, lists none.
    const LIST = 'query($id: ID!) { relationships(subjectId: $id) { visitorName } }';
    expect((await t.gql(LIST, { id: yn.inmateIds[0] }, ynClerk)).data.relationships).toEqual([{ visitorName: SISTER.name }]);
    expect((await t.gql(LIST, { id: yn.inmateIds[0] }, await clerkOf('YN'))).data.relationships).toEqual([]);

    expect(rule(await t.gql(REGISTER, registration(sx.inmateIds[0], sxFamily), sxClerk))).toBe('SX-3(2)');
    expect(code(await t.gql(REGISTER, registration(sx.inmateIds[0], sxFamily, { photo: Buffer.from('GIF89a').toString('base64') }), sxClerk))).toBe(
      'BAD_USER_INPUT',
    );
    // SX-1: the household the clerk saw on the household register is recorded with the relationship.
    const withPhoto = await t.gql(
      REGISTER,
      registration(sx.inmateIds[0], sxFamily, { photo: PHOTO, household: { region: '140102', proof: 'HOUSEHOLD_REGISTER' } }),
      sxClerk,
    );
    expect(withPhoto.data.registerRelationship.photoSha256).toMatch(/^[0-9a-f]{64}$/);
    const proxy = await t.login('proxy');
    const applied = await submit(
      t,
      proxy,
      { subjectId: sx.inmateIds[0], serviceDayId: sx.days[0].id, idempotencyKey: 'sx32-after-check', visitors: [sxFamily] },
      false,
    );
    expect(applied.errors).toBeUndefined();
  });
});
