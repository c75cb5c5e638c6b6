import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { givenDayWithSlots, givenInmate, submit } from './support/scenario.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
});
afterAll(async () => {
  await t?.close();
});

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
const PRIORITIZE =
  'mutation($id: ID!, $c: PriorityCategory!, $note: String) { prioritizeApplication(id: $id, category: $c, note: $note) { priority priorityCategory priorityNote } }';
const QUEUE = '{ inmateReviewQueue { priority priorityCategory dueOn application { id } } }';

describe('GD-4: priority set by the bureaus', () => {
  it('GD-4: under the prison bureau’s policy the family’s bureau puts an application first for a listed reason; the prison’s queue puts it ahead of earlier deadlines', async () => {
    const policy = await t.gql(
      'mutation($input: PriorityPolicyInput!) { setPriorityPolicy(input: $input) { category } }',
      { input: { subjectKind: 'INMATE', category: 'VULNERABLE_FAMILY', maxTimes: 2, period: 'MONTH', conditions: '会见人年满七十周岁或行动不便' } },
      await t.login('prisonBureau.supervisor'),
    );
    expect(policy.data.setPriorityPolicy).toEqual({ category: 'VULNERABLE_FAMILY' });
    const proxy = await t.login('proxy');
    const early = await givenDayWithSlots(t, 3);
    const later = await givenDayWithSlots(t, 3);
    const first = await submit(t, proxy, { subjectId: await givenInmate(t, 'prison1', 3), serviceDayId: early.id, idempotencyKey: 'gd4-first' });
    const second = await submit(t, proxy, { subjectId: await givenInmate(t, 'prison1', 4), serviceDayId: later.id, idempotencyKey: 'gd4-second' });
    const secondId = second.data.submitApplication.id;
    const reviewer = await t.login('prison1.reviewer');
    await eventually(async () => expect((await t.gql(QUEUE, {}, reviewer)).data.inmateReviewQueue.map((r: any) => r.application.id)).toContain(secondId));

    // A special case must say why; only the family's own bureau may set a family's category (the prison marks rewards); the platform's own category is no one's.
    expect(code(await t.gql(PRIORITIZE, { id: secondId, c: 'SPECIAL' }, await t.login('bureau1.supervisor')))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(PRIORITIZE, { id: secondId, c: 'DISTANT_FAMILY' }, await t.login('bureau2.supervisor')))).toBe('FORBIDDEN');
    expect(code(await t.gql(PRIORITIZE, { id: secondId, c: 'RESCHEDULE' }, await t.login('bureau1.supervisor')))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(PRIORITIZE, { id: secondId, c: 'DISTANT_FAMILY' }, reviewer))).toBe('FORBIDDEN');

    const set = await t.gql(PRIORITIZE, { id: secondId, c: 'VULNERABLE_FAMILY', note: '会见人年逾八旬，行动不便' }, await t.login('bureau1.supervisor'));
    expect(set.data.prioritizeApplication).toEqual({ priority: true, priorityCategory: 'VULNERABLE_FAMILY', priorityNote: '会见人年逾八旬，行动不便' });
    await eventually(async () => {
      const queue = (await t.gql(QUEUE, {}, reviewer)).data.inmateReviewQueue;
      expect(queue[0]).toMatchObject({ priority: true, priorityCategory: 'VULNERABLE_FAMILY', application: { id: secondId } });
      expect(queue.map((r: any) => r.application.id)).toContain(first.data.submitApplication.id);
    });

    // Once decided, it is too late.
    await t.gql('mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }', { id: secondId }, reviewer);
    await eventually(async () =>
      expect(code(await t.gql(PRIORITIZE, { id: secondId, c: 'DISTANT_FAMILY' }, await t.login('bureau1.supervisor')))).toBe('CONFLICT'),
    );
  });
});
