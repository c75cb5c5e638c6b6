import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, outboxLag, type TestPlatform } from './support/harness.js';
import { givenDayWithSlots, givenInmate, submit } from './support/scenario.js';
import { chooseOption, passSecondFactor } from './support/browser.js';

/** Staff tables as staff expect them from admin systems (issue 17): pages with totals, search, filters, empty states; buttons only for those who may press them. */
let t: TestPlatform;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  t = await givenPlatform();
  origin = new URL(t.platform.gateway.url).origin;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedIn(portal: string, username: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(`${origin}/${portal}/`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await passSecondFactor(page, username);
  await page.getByRole('tab').first().waitFor();
  return page;
}

/** SMS rows at bureau1's counter, written as the platform writes them (the dispatcher's statuses set here). */
async function givenSms(applicationId: string, count: number, status: string, body: (n: number) => string, phone: (n: number) => string): Promise<void> {
  for (let n = 0; n < count; n++)
    await t.sql(
      `insert into judicial.sms_message (id, application_id, venue_id, phone, kind, body, status, attempts, created_at)
      values (gen_random_uuid(), $6, $1, $2, 'decided', $3, $4, 1, now() - make_interval(mins => $5))`,
      [DEMO_TENANTS.bureau1.id, phone(n), body(n), status, n, applicationId],
    );
}

describe('staff tables', () => {
  it('GD-26: the SMS log pages on the server with the total, filters by status, searches text or a phone’s last digits, and says when nothing matches; another bureau sees none of it', async () => {
    const filed = await submit(t, await t.login('proxy'), {
      subjectId: await givenInmate(t, 'prison1', 9),
      serviceDayId: (await givenDayWithSlots(t, 2)).id,
      idempotencyKey: 'tables-sms',
    });
    const applicationId = filed.data.submitApplication.id;
    await t.sql('delete from judicial.sms_message');
    await givenSms(
      applicationId,
      45,
      'SENT',
      (n) => `【远程会见】申请${1000 + n}已获批准`,
      (n) => `1390000${String(n).padStart(4, '0')}`,
    );
    await givenSms(
      applicationId,
      3,
      'FAILED',
      (n) => `【远程会见】申请${2000 + n}未获批准`,
      () => '13811112222',
    );
    const clerk = await t.login('bureau1.clerk');
    const page1 = await t.gql('{ smsLog(limit: 20) { id } smsLogTotal }', {}, clerk);
    expect(page1.data.smsLog).toHaveLength(20);
    expect(page1.data.smsLogTotal).toBe(48);
    const page3 = await t.gql('{ smsLog(limit: 20, offset: 40) { id } }', {}, clerk);
    expect(page3.data.smsLog).toHaveLength(8);
    expect((await t.gql('{ smsLogTotal(status: FAILED) }', {}, clerk)).data.smsLogTotal).toBe(3);
    expect((await t.gql('{ smsLogTotal(search: "2222") }', {}, clerk)).data.smsLogTotal).toBe(3);
    expect((await t.gql('{ smsLogTotal(search: "申请1044") }', {}, clerk)).data.smsLogTotal).toBe(1);
    expect((await t.gql('{ smsLogTotal }', {}, await t.login('bureau2.clerk'))).data.smsLogTotal).toBe(0); // tenant isolation
    expect((await t.gql('{ smsLogTotal }', {}, await t.login('prison1.reviewer'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const page = await signedIn('bureau', 'bureau1.clerk');
    await page.getByRole('tab', { name: '短信记录' }).click();
    await page.locator('[data-test=sms-total]', { hasText: '共 48 条' }).waitFor();
    expect(await page.locator('.sms .el-table__row').count()).toBe(20);
    await page.locator('.sms-log .el-pagination').getByText('共 48 条').waitFor();
    await page.locator('.sms-log .el-pager li', { hasText: '3' }).click();
    await expect.poll(() => page.locator('.sms .el-table__row').count()).toBe(8);
    await chooseOption(page, page.locator('.sms-log .status'), '发送失败');
    await page.locator('[data-test=sms-total]', { hasText: '共 3 条' }).waitFor();
    await expect.poll(() => page.locator('.sms .el-table__row').count()).toBe(3);
    await page.locator('.sms .el-table__row').first().getByText('发送失败').waitFor(); // the status in words, never SENT/FAILED
    await page.locator('input[name=smsSearch]').fill('没有这条');
    await page.getByText('没有符合条件的短信').waitFor();
  }, 90_000);

  it('GD-21 / GD-22: the review queue pages on the server with the total, sorts, filters by status and GD-22 stage, searches by application number or the subject’s name; other institutions see none of it', async () => {
    const proxy = await t.login('proxy');
    const day = await givenDayWithSlots(t, 3);
    const filed: { id: string; number: string; subjectId: string }[] = [];
    for (const nth of [10, 11, 12]) {
      const subjectId = await givenInmate(t, 'prison1', nth);
      const { data } = await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: `tables-page-${nth}` });
      filed.push({ ...data.submitApplication, subjectId });
    }
    const reviewer = await t.login('prison1.reviewer');
    const PAGE = `query($limit: Int, $offset: Int, $status: ReviewStatus, $stage: ReviewStage, $search: String, $sort: ReviewSort, $descending: Boolean, $priorityOnly: Boolean) {
      inmateReviewPage(limit: $limit, offset: $offset, status: $status, stage: $stage, search: $search, sort: $sort, descending: $descending, priorityOnly: $priorityOnly) {
        total items { id status application { id } inmate { name inmateNumber } } } }`;
    const page = async (variables: Record<string, unknown>, token = reviewer) => {
      const answer = await t.gql(PAGE, variables, token);
      if (!answer.data) throw new Error(JSON.stringify(answer.errors));
      return answer.data.inmateReviewPage as {
        total: number;
        items: { id: string; status: string; application: { id: string }; inmate: { name: string; inmateNumber: string } }[];
      };
    };
    // Pages of 2 cover every pending case exactly once, and the total is the count of them all
    // (counted once the filings' events have opened their cases).
    await eventually(async () => expect(await outboxLag(t.sql)).toEqual([]), 30_000);
    const [{ pending }] = await t.sql(`select count(*)::int as pending from prison.review_case where prison_id = $1 and status = 'PENDING'`, [
      DEMO_TENANTS.prison1.id,
    ]);
    const first = await page({ limit: 2 });
    expect(first.total).toBe(pending);
    expect(first.items).toHaveLength(2);
    const seen: string[] = [];
    for (let offset = 0; offset < pending; offset += 2) seen.push(...(await page({ limit: 2, offset })).items.map((item) => item.id));
    expect(new Set(seen).size).toBe(pending);
    // Search: an application number, part of the subject's name, the subject's number.
    const byNumber = await page({ search: filed[1].number });
    expect(byNumber.total).toBe(1);
    expect(byNumber.items[0].application.id).toBe(filed[1].id);
    const [subject] = await t.sql('select name, inmate_number from prison.inmate where id = $1', [filed[2].subjectId]);
    expect((await page({ search: subject.inmate_number })).items.map((item) => item.application.id)).toEqual([filed[2].id]);
    expect((await page({ search: subject.name })).items.map((item) => item.application.id)).toContain(filed[2].id);
    expect((await page({ search: '100%_' })).total).toBe(0); // LIKE characters match themselves
    // Sorted by filing day, newest first: this test's three lead, in the database's order.
    const newest = await t.sql(
      `select application_id from prison.review_case where prison_id = $1 and status = 'PENDING' order by submitted_at desc, id asc limit 3`,
      [DEMO_TENANTS.prison1.id],
    );
    expect((await page({ sort: 'FILED', descending: true, limit: 3 })).items.map((item) => item.application.id)).toEqual(
      newest.map((row) => row.application_id),
    );
    expect(newest.map((row) => row.application_id).sort()).toEqual(filed.map((row) => row.id).sort());
    // GD-22 stage: due three working days on, so on time, neither overdue nor due today; none put first by a bureau (GD-4).
    expect((await page({ search: filed[0].number, stage: 'ON_TIME' })).total).toBe(1);
    expect((await page({ search: filed[0].number, stage: 'OVERDUE' })).total).toBe(0);
    expect((await page({ search: filed[0].number, stage: 'DUE_TODAY' })).total).toBe(0);
    expect((await page({ search: filed[0].number, priorityOnly: true })).total).toBe(0);
    // Status: a rejected case leaves the pending list and is found among the rejected.
    const reason = (
      await t.gql('{ inmateReview: inmateReviewQueue(limit: 500) { application { id } rejectionReasons { code about } } }', {}, reviewer)
    ).data.inmateReview
      .find((row: { application: { id: string } }) => row.application.id === filed[0].id)
      .rejectionReasons.find((option: { about: string; code: string }) => option.about === 'SUBJECT' && option.code !== 'OTHER');
    const rejected = await t.gql(
      'mutation($id: ID!, $code: String) { decideInmateReview(applicationId: $id, approve: false, reasonCode: $code) { status } }',
      { id: filed[0].id, code: reason.code },
      reviewer,
    );
    expect(rejected.data?.decideInmateReview.status).toBe('REJECTED');
    expect((await page({ search: filed[0].number })).total).toBe(0);
    expect((await page({ search: filed[0].number, status: 'REJECTED' })).items.map((item) => item.status)).toEqual(['REJECTED']);
    expect((await page({ limit: 1 })).total).toBe(pending - 1);
    // Tenant isolation: another prison finds none of it; a bureau clerk may not read a prison's queue.
    expect((await page({ search: filed[1].number }, await t.login('prison2.reviewer'))).total).toBe(0);
    expect((await t.gql(PAGE, {}, await t.login('bureau1.clerk'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A detox centre's queue has the same page under its own name.
    const detox = await t.gql(
      '{ detaineeReviewPage(limit: 5, sort: DEADLINE) { total items { id detainee { name } } } }',
      {},
      await t.login('detox1.reviewer'),
    );
    expect(detox.errors).toBeUndefined();
    expect(detox.data.detaineeReviewPage.items.length).toBe(Math.min(5, detox.data.detaineeReviewPage.total));
  }, 90_000);

  it('GD-21 / GD-22: the review queue searches, filters and counts; an approval is confirmed first; a reviewer sees no 公布 button (only supervisors publish)', async () => {
    const proxy = await t.login('proxy');
    const day = await givenDayWithSlots(t, 4);
    const numbers: string[] = [];
    for (const nth of [6, 7]) {
      const submitted = await submit(t, proxy, { subjectId: await givenInmate(t, 'prison1', nth), serviceDayId: day.id, idempotencyKey: `tables-${nth}` });
      numbers.push(submitted.data.submitApplication.number);
    }
    const page = await signedIn('prison', 'prison1.reviewer');
    const total = page.locator('[data-test=review-total]');
    await page.locator('.queue .el-table__row', { hasText: numbers[1] }).waitFor({ timeout: 10_000 });
    await page.locator('input[name=reviewSearch]').fill(numbers[0]);
    await expect.poll(() => page.locator('.queue .el-table__row').count()).toBe(1);
    await expect.poll(() => total.textContent()).toMatch(/^找到 1 件 · 待审批共 \d+ 件$/);
    await page.locator('input[name=reviewSearch]').fill('没有这个人');
    await page.getByText('没有符合条件的申请').waitFor();
    await page.locator('input[name=reviewSearch]').fill('');
    // An approval cannot be taken back: it asks first, and "cancel" leaves it undecided.
    const row = page.locator('.queue .el-table__row', { hasText: numbers[0] });
    await row.getByRole('button', { name: '批准' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '取消' }).click();
    await page.getByRole('tooltip').filter({ hasText: '取消' }).waitFor({ state: 'hidden' });
    expect((await t.sql('select status from judicial.application where number = $1', [numbers[0]]))[0].status).toBe('SUBMITTED');
    // Decided cases are another status: listed without decision buttons.
    await chooseOption(page, page.locator('.bar .status'), '已驳回');
    const [{ rejected }] = await t.sql(`select count(*)::int as rejected from prison.review_case where prison_id = $1 and status = 'REJECTED'`, [
      DEMO_TENANTS.prison1.id,
    ]);
    await expect.poll(() => total.textContent()).toMatch(new RegExp(`^找到 ${rejected} 件 · 待审批共 \\d+ 件$`));
    await expect.poll(() => page.getByRole('button', { name: '批准' }).count()).toBe(0);
    // GD-13: only supervisors publish; the reviewer sees the days without the button the server would refuse.
    await page.getByRole('tab', { name: '号源公布' }).click();
    await page.locator('.publish .days').waitFor();
    expect(await page.getByRole('button', { name: '公布', exact: true }).count()).toBe(0);
    const supervisor = await signedIn('prison', 'prison1.supervisor');
    await supervisor.getByRole('tab', { name: '号源公布' }).click();
    await supervisor.getByRole('button', { name: '公布', exact: true }).waitFor();
  }, 90_000);

  const WAIT = { timeout: 10_000 };
  it('each staff screen has an address: a deep link (reload, bookmark) opens its tab, a tab changes the address, back goes back; a tab the account may not open gives way to its first', async () => {
    const page = await signedIn('prison', 'prison1.supervisor');
    const selected = (name: string) => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected');
    await page.goto(`${origin}/prison/publish`); // through the gateway: index.html for a screen's address
    await page.locator('.publish .days').waitFor();
    await expect.poll(() => selected('号源公布'), WAIT).toBe('true');
    await page.getByRole('tab', { name: '服刑人员', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe('/prison/inmates');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe('/prison/publish');
    await expect.poll(() => selected('号源公布'), WAIT).toBe('true');
    await page.reload();
    await page.locator('.publish .days').waitFor();
    // A deeper address opens the tab it starts with.
    await page.goto(`${origin}/prison/inmates/nothing-here`);
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe('/prison/inmates');
    // The roster is the admin's: a reviewer's bookmark of it opens the review queue instead.
    const reviewer = await signedIn('prison', 'prison1.reviewer');
    await reviewer.goto(`${origin}/prison/roster`);
    await expect.poll(() => new URL(reviewer.url()).pathname, WAIT).toBe('/prison/');
    await expect.poll(() => reviewer.getByRole('tab', { name: '审批', exact: true }).getAttribute('aria-selected'), WAIT).toBe('true');
    // Signed out, an address waits for the sign-in and then opens its screen.
    const fresh = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } })).newPage();
    await fresh.goto(`${origin}/province/calendar`);
    await fresh.locator('input[name=username]').fill('province.admin');
    await fresh.locator('input[name=password]').fill(DEMO_PASSWORD);
    await fresh.getByRole('button', { name: '登录', exact: true }).click();
    await passSecondFactor(fresh, 'province.admin'); // an administrator's sign-in asks for the authenticator's code
    await expect.poll(() => fresh.getByRole('tab', { name: '工作日历', exact: true }).getAttribute('aria-selected'), WAIT).toBe('true');
    expect(new URL(fresh.url()).pathname).toBe('/province/calendar');
  }, 90_000);
});
