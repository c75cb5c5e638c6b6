import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROXY, DEMO_TENANTS } from '../src/demo.js';
import { givenPlatform, type TestPlatform } from './support/harness.js';
import { givenRelatives } from './support/scenario.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
});
afterAll(async () => {
  await t?.close();
});

const VISITOR = { name: '李秀英', idNumber: DEMO_PROXY.idNumber, relation: 'SPOUSE' };

async function firstInmate(prison: 'prison1' | 'prison2') {
  const rows = await t.sql(`select id from prison.inmate where prison_id = $1 order by inmate_number limit 1`, [DEMO_TENANTS[prison].id]);
  return rows[0].id as string;
}

async function openDay(prison: 'prison1' | 'prison2') {
  const rows = await t.sql(`select id, date::text from judicial.service_day where institution_id = $1 order by date limit 1`, [DEMO_TENANTS[prison].id]);
  return rows[0] as { id: string; date: string };
}

describe('the walking skeleton slice', () => {
  it('GD-19 / GD-16: a proxy applies for the group online; GD-10 / GD-8: the prison approves; the application reads across subgraphs', async () => {
    const proxy = await t.login('proxy');
    const inmateId = await firstInmate('prison1');
    const day = await openDay('prison1');
    await givenRelatives(t, inmateId, [VISITOR]);
    const submitted = await t.gql(
      `mutation($input: SubmitApplicationInput!) {
        submitApplication(input: $input) { id status number serviceDay { date } venue { name } } }`,
      { input: { subjectId: inmateId, serviceDayId: day.id, venueId: DEMO_TENANTS.bureau1.id, visitors: [VISITOR], idempotencyKey: 'slice-0001' } },
      proxy,
    );
    expect(submitted.errors).toBeUndefined();
    const applicationId = submitted.data.submitApplication.id;
    expect(submitted.data.submitApplication.status).toBe('SUBMITTED');

    const reviewer = await t.login('prison1.reviewer');
    // The prison's review case is opened from the application.submitted event.
    const { eventually } = await import('./support/harness.js');
    await eventually(async () => {
      const queue = await t.gql('{ inmateReviewQueue { application { id } inmate { name } } }', {}, reviewer);
      expect(queue.data.inmateReviewQueue.map((c: any) => c.application.id)).toContain(applicationId);
    });
    const decided = await t.gql('mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }', { id: applicationId }, reviewer);
    expect(decided.errors).toBeUndefined();
    expect(decided.data.decideInmateReview.status).toBe('APPROVED');

    const clerk = await t.login('bureau1.clerk');
    await eventually(async () => {
      const read = await t.gql(
        `query($id: ID!) { application(id: $id) { status visitors { idNumberMasked }
          subject { ... on Inmate { name inmateNumber prison { name } } } meeting { state } } }`,
        { id: applicationId },
        clerk,
      );
      expect(read.errors).toBeUndefined();
      expect(read.data.application.status).toBe('APPROVED');
      expect(read.data.application.subject.prison.name).toBe(DEMO_TENANTS.prison1.name);
      expect(read.data.application.visitors[0].idNumberMasked).toMatch(/^110101\*+\d{3}[\dX]$/);
      expect(read.data.application.meeting.state).toBe('SCHEDULED');
    });
  });
});
