import { chooseOption, passSecondFactor } from './support/browser.js';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { clock, type Identity } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { givenStaff, subscribe, tokenFor } from './support/scenario.js';

/** The lawyer's phone portal and the detention centre's desk (CQ-3, CQ-5), in Chromium against the built portals. */
const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
let t: TestPlatform;
let browser: Browser;
let origin: string;

/**
 * The platform and the browsers run on a clock that starts on a Monday at 09:00 China time and flows
 * from there, so arranging a meeting for "today" inside CQ-8's office hours works whenever the tests run.
 */
const START = new Date('2026-12-07T09:00:00+08:00').getTime();
const realNow = clock.now;
const shift = START - Date.now();

beforeAll(async () => {
  clock.now = () => new Date(Date.now() + shift);
  t = await givenPlatform();
  origin = new URL(t.platform.gateway.url).origin;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
  clock.now = realNow;
});

async function signedIn(portal: string, username: string, device: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', ...device });
  await context.clock.install({ time: clock.now() }); // the platform's day, flowing
  const page = await context.newPage();
  await page.goto(`${origin}/${portal}/`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await passSecondFactor(page, username); // supervisors and admins give the authenticator's code
  return page;
}

describe('lawyer and desk portals', () => {
  it('CQ-5 / CQ-3: a lawyer books on a phone with the CQ-2 documents only; the desk accepts it and the lawyer sees the place and the countdown', async () => {
    await eventually(async () => expect((await t.sql('select count(*)::int as n from detention.lawyer'))[0].n).toBe(3));
    const [suspect] = await t.sql(`select id, name, id_number from detention.suspect where suspect_number = 'K00002'`);
    const lawyer = await signedIn('lawyer', 'lawyer', PHONE);
    await lawyer.getByRole('tab', { name: '预约会见' }).click();
    await lawyer.locator('.book .el-select').first().click();
    await lawyer.locator('.el-select-dropdown__item', { hasText: '东城区看守所' }).click();
    await lawyer.locator('input[name=suspectName]').fill(suspect.name);
    await lawyer.locator('input[name=suspectIdNumber]').fill(suspect.id_number);
    for (const input of await lawyer.getByPlaceholder('证件编号').all()) await input.fill('15001201910000001');
    await lawyer.screenshot({ path: join(SCREENSHOTS, 'lawyer-book.png'), fullPage: true });
    await lawyer.getByRole('button', { name: '预约会见' }).click();
    await lawyer.locator('.meeting', { hasText: '已预约' }).waitFor({ timeout: 10_000 });
    const width = await lawyer.evaluate(() => ({ inner: window.innerWidth, content: document.documentElement.scrollWidth }));
    expect(width).toEqual({ inner: 390, content: 390 });
    const [entry] = await t.sql(`select id, status, channel from detention.queue_entry where suspect_id = $1`, [suspect.id]);
    expect(entry).toMatchObject({ status: 'BOOKED', channel: 'ONLINE' });
    expect(await t.sql('select kind from detention.credential where entry_id = $1 order by kind', [entry.id])).toEqual([
      { kind: 'FIRM_LETTER' },
      { kind: 'POWER_OF_ATTORNEY' },
      { kind: 'PRACTICE_CERTIFICATE' },
    ]);

    const desk = await signedIn('detention', 'detention1.clerk');
    await desk.locator('.el-table__row', { hasText: suspect.name }).getByRole('button', { name: '核验受理' }).click();
    await desk.locator('.el-table__row', { hasText: '排队中' }).waitFor({ timeout: 10_000 });
    await desk.screenshot({ path: join(SCREENSHOTS, 'detention-queue.png'), fullPage: true });
    expect(await t.sql('select status, seq::int as seq from detention.queue_entry where id = $1', [entry.id])).toEqual([{ status: 'WAITING', seq: 1 }]);

    await lawyer.getByRole('button', { name: '刷新' }).click();
    await lawyer.locator('.meeting', { hasText: '排队第1位' }).waitFor({ timeout: 10_000 });
    expect(await lawyer.locator('.meeting .clock').first().textContent()).toMatch(/^4[78]:\d\d:\d\d$/);
    await lawyer.screenshot({ path: join(SCREENSHOTS, 'lawyer-meetings.png'), fullPage: true });
  });

  it('CQ-3: the desk’s queue is live (queueEntryChanged): a lawyer’s booking and its acceptance appear without reload; another centre and a lawyer not named hear and read nothing', async () => {
    const [suspect] = await t.sql(`select id, name, id_number from detention.suspect where suspect_number = 'K00003'`);
    const lawyer = await t.login('lawyer');
    const me = (await t.gql('{ me { id } }', {}, lawyer)).data.me.id;
    const stranger = await tokenFor({ accountId: randomUUID(), tenantKind: null, tenantId: null, roles: ['LAWYER'] } as unknown as Identity);
    const otherCentre = await givenStaff(t, 'DETENTION_CENTRE', randomUUID(), 'INTAKE_CLERK');
    const desk = await signedIn('detention', 'detention1.clerk');
    await desk.getByRole('tab', { name: '排队' }).waitFor();
    const SUB = 'subscription { queueEntryChanged { id status suspect { name } } }';
    const own = await subscribe(t.platform.gateway.wsUrl, lawyer, SUB);
    const elsewhere = await subscribe(t.platform.gateway.wsUrl, otherCentre, SUB);
    const notNamed = await subscribe(t.platform.gateway.wsUrl, stranger, SUB);
    try {
      const booked = await t.gql(
        `mutation($c: ID!, $n: String!, $id: String!, $i: LawyerMeetingInput!) { bookLawyerMeeting(centreId: $c, suspectName: $n, suspectIdNumber: $id, input: $i) { id status } }`,
        {
          c: DEMO_TENANTS.detention1.id,
          n: suspect.name,
          id: suspect.id_number,
          i: {
            requesterType: 'DEFENCE_LAWYER',
            lawyerAccountIds: [me],
            credentials: ['PRACTICE_CERTIFICATE', 'FIRM_LETTER', 'POWER_OF_ATTORNEY'].map((kind) => ({ holder: me, kind, reference: '15001201910000001' })),
          },
        },
        lawyer,
      );
      expect(booked.errors).toBeUndefined();
      const entryId = booked.data.bookLawyerMeeting.id;
      // The desk's open page shows it (no reload, no polling: the subscription re-reads the queue).
      const row = desk.locator('.el-table__row', { hasText: suspect.name });
      await row.filter({ hasText: '已预约' }).waitFor({ timeout: 10_000 });
      expect((await own.result(0)).data.queueEntryChanged).toEqual({ id: entryId, status: 'BOOKED', suspect: { name: suspect.name } });
      const accepted = await t.gql('mutation($e: ID!) { acceptLawyerBooking(entryId: $e) { status } }', { e: entryId }, await t.login('detention1.supervisor'));
      expect(accepted.data?.acceptLawyerBooking).toEqual({ status: 'WAITING' });
      await row.filter({ hasText: '排队中' }).waitFor({ timeout: 10_000 });
      expect((await own.result(1)).data.queueEntryChanged).toMatchObject({ id: entryId, status: 'WAITING' });
      await desk.screenshot({ path: join(SCREENSHOTS, 'detention-queue-live.png'), fullPage: true });
      // Tenant isolation: another centre's desk and a lawyer not on the entry hear nothing and cannot read it.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(elsewhere.results).toEqual([]);
      expect(notNamed.results).toEqual([]);
      const READ = 'query($id: ID!) { queueEntry(id: $id) { id status } }';
      expect((await t.gql(READ, { id: entryId }, otherCentre)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(READ, { id: entryId }, stranger)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(READ, { id: entryId }, await t.login('proxy'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(READ, { id: entryId }, await t.login('detention1.monitor'))).data.queueEntry).toEqual({ id: entryId, status: 'WAITING' });
    } finally {
      await Promise.all([own.close(), elsewhere.close(), notNamed.close()]);
      await desk.context().close();
    }
  });

  it('CQ-4 / CQ-11 / CQ-12 / CQ-13 / CQ-14: on the day the lawyer opens the remote meeting and raises an alarm the desk sees live; then rates the service and complains to the bureau’s named contact; the bureau answers and handles a centre’s violation report; the lawyer reads the feedback', async () => {
    const staff = await t.login('detention1.supervisor');
    const lawyer = await t.login('lawyer');
    const me = (await t.gql('{ me { id } }', {}, lawyer)).data.me.id;
    const [suspect] = await t.sql(`select id, name, id_number from detention.suspect where suspect_number = 'K00001'`);
    const booked = await t.gql(
      `mutation($c: ID!, $n: String!, $id: String!, $i: LawyerMeetingInput!) { bookLawyerMeeting(centreId: $c, suspectName: $n, suspectIdNumber: $id, input: $i) { id } }`,
      {
        c: DEMO_TENANTS.detention1.id,
        n: suspect.name,
        id: suspect.id_number,
        i: {
          requesterType: 'DEFENCE_LAWYER',
          lawyerAccountIds: [me],
          mode: 'REMOTE',
          minutes: 30,
          credentials: ['PRACTICE_CERTIFICATE', 'FIRM_LETTER', 'POWER_OF_ATTORNEY'].map((kind) => ({ holder: me, kind, reference: '15001201910000001' })),
        },
      },
      lawyer,
    );
    const entryId = booked.data.bookLawyerMeeting.id;
    expect((await t.gql('mutation($e: ID!) { acceptLawyerBooking(entryId: $e) { status } }', { e: entryId }, staff)).data.acceptLawyerBooking).toEqual({
      status: 'WAITING',
    });
    // CQ-3: what waits ahead is arranged first (the earlier tests' entries), then this one in the video room, today.
    const rooms: { id: string; kind: string }[] = (await t.gql('{ meetingRooms { id kind } }', {}, staff)).data.meetingRooms;
    const waiting: { id: string }[] = (await t.gql('{ lawyerQueue(status: [WAITING]) { id } }', {}, staff)).data.lawyerQueue;
    for (const [index, entry] of waiting.entries()) {
      const room = rooms.find((r) => r.kind === (entry.id === entryId ? 'VIDEO' : 'STANDARD'))!;
      const at = new Date(START + (4 + index) * 3_600_000).toISOString(); // 13:00, 14:00, … China time
      const arranged = await t.gql(
        'mutation($e: ID!, $r: ID!, $at: DateTimeISO!) { arrangeQueueEntry(entryId: $e, roomId: $r, startsAt: $at) { status } }',
        { e: entry.id, r: room.id, at },
        staff,
      );
      expect(arranged.data?.arrangeQueueEntry ?? arranged.errors).toEqual({ status: 'ARRANGED' });
    }
    const [meeting] = await eventually(async () => {
      const rows = await t.sql(`select id from media.meeting where application_id = $1`, [entryId]);
      expect(rows).toHaveLength(1);
      return rows;
    });
    // CQ-12: the centre names the county justice bureau's contact for lawyers' complaints.
    const contact = await t.gql(
      'mutation($i: ComplaintContactInput!) { addComplaintContact(input: $i) { id } }',
      {
        i: {
          organ: 'JUSTICE_BUREAU',
          organName: '东城区司法局律师工作科',
          contactName: '李科长',
          phone: '023-68001234',
          handlerTenantId: DEMO_TENANTS.bureau1.id,
        },
      },
      await t.login('detention1.admin'),
    );
    expect(contact.errors).toBeUndefined();

    // CQ-4: the lawyer opens the meeting from the phone and raises an alarm; the desk's open page shows it at once.
    const desk = await signedIn('detention', 'detention1.clerk');
    await desk.getByRole('tab', { name: '排队' }).waitFor();
    const phone = await signedIn('lawyer', 'lawyer', PHONE);
    await phone.locator('.meeting', { hasText: suspect.name }).getByRole('button', { name: '进入视频会见' }).click();
    await phone.getByRole('button', { name: '自残' }).click();
    await phone.getByRole('button', { name: '立即报警' }).click();
    await phone.getByText('已报警：自残').waitFor({ timeout: 10_000 });
    const taps = await phone.locator('.alarms button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().height)));
    expect(taps.every((height) => height >= 44)).toBe(true);
    await phone.screenshot({ path: join(SCREENSHOTS, 'lawyer-room.png'), fullPage: true });
    await desk.locator('.alarms', { hasText: '律师报警：自残' }).waitFor({ timeout: 10_000 });
    expect(await t.sql('select kind, rule, raised_by from media.meeting_alarm where meeting_id = $1', [meeting.id])).toEqual([
      { kind: 'SELF_HARM', rule: 'CQ-4', raised_by: me },
    ]);
    await desk.screenshot({ path: join(SCREENSHOTS, 'detention-alarm.png'), fullPage: true });
    await desk.getByRole('button', { name: '已知悉，立即处置' }).click();
    await desk.locator('.alarms').waitFor({ state: 'detached', timeout: 10_000 });
    expect((await t.sql('select acknowledged_at from media.meeting_alarm where meeting_id = $1', [meeting.id]))[0].acknowledged_at).not.toBeNull();

    // CQ-11: the lawyer rates the day's meeting; CQ-12: complains to the named contact, asking to be heard.
    await phone.getByRole('button', { name: '返回' }).click();
    await phone.getByRole('tab', { name: '评价投诉' }).click();
    await chooseOption(phone, phone.locator('.rate .el-select'), new RegExp(suspect.name));
    await phone.locator('.rate').getByText('4分').click();
    await phone.locator('textarea[name=comment]').fill('安排及时，视频清晰');
    await phone.getByRole('button', { name: '提交评价' }).click();
    await phone.getByText('评价已提交').waitFor({ timeout: 10_000 });
    expect(await t.sql('select score, comment from judicial.lawyer_evaluation where booking_id = $1', [entryId])).toEqual([
      { score: 4, comment: '安排及时，视频清晰' },
    ]);
    // The centre by its exact name: the rating list's options (a meeting at that centre) may still be fading out.
    await chooseOption(phone, phone.locator('.complain .el-select').first(), new RegExp(`^${DEMO_TENANTS.detention1.name}$`));
    await phone.locator('.contacts').getByText('李科长').click();
    await phone.locator('textarea[name=complaintText]').fill('视频会见前等候超过两小时');
    await phone.getByText('要求当面反映情况').click();
    await phone.getByRole('button', { name: '提交投诉' }).click();
    await phone.locator('.complaint', { hasText: '处理中' }).waitFor({ timeout: 10_000 });
    const width = await phone.evaluate(() => ({ inner: window.innerWidth, content: document.documentElement.scrollWidth }));
    expect(width).toEqual({ inner: 390, content: 390 });
    await phone.screenshot({ path: join(SCREENSHOTS, 'lawyer-after.png'), fullPage: true });
    expect(await t.sql('select handler_tenant_id, wants_hearing, status from judicial.lawyer_complaint where lawyer_account_id = $1', [me])).toEqual([
      { handler_tenant_id: DEMO_TENANTS.bureau1.id, wants_hearing: true, status: 'OPEN' },
    ]);

    // CQ-14: the centre reports a violation of the same meeting to the bureau.
    const reported = await t.gql(
      'mutation($i: LawyerViolationInput!) { reportLawyerViolation(input: $i) { id } }',
      { i: { bookingId: entryId, bureauId: DEMO_TENANTS.bureau1.id, ground: 'SMOKING', lawyerAccountId: me } },
      await t.login('detention1.monitor'),
    );
    expect(reported.errors).toBeUndefined();

    // CQ-13: the bureau sees the complaint with its contact, answers having heard the lawyer; CQ-14: records its handling.
    const bureau = await signedIn('bureau', 'bureau1.supervisor');
    await bureau.getByRole('tab', { name: '律师投诉与违规' }).click();
    const complaintRow = bureau.locator('.complaints .el-table__row', { hasText: '视频会见前等候超过两小时' });
    await complaintRow.filter({ hasText: '李科长' }).filter({ hasText: '律师要求当面反映情况' }).waitFor({ timeout: 10_000 });
    await complaintRow.getByRole('button', { name: '反馈调查处理情况' }).click();
    await bureau.locator('textarea[name=conductText]').fill('经调查属实，已督促看守所增开视频会见室并当面向律师说明');
    await bureau.locator('.el-dialog').getByText('已当面听取律师意见').click();
    await bureau.locator('.el-dialog').getByRole('button', { name: '提交' }).click();
    await complaintRow.filter({ hasText: '已反馈' }).waitFor({ timeout: 10_000 });
    await bureau.locator('.views').getByRole('button', { name: '违规通报' }).click();
    const violationRow = bureau.locator('.violations .el-table__row', { hasText: '在会见场所吸烟' });
    await violationRow.waitFor({ timeout: 10_000 });
    await violationRow.getByRole('button', { name: '记录处理并反馈看守所' }).click();
    await bureau.locator('textarea[name=conductText]').fill('已约谈该律师并通报律师协会');
    await bureau.locator('.el-dialog').getByRole('button', { name: '提交' }).click();
    await violationRow.filter({ hasText: '已处理' }).waitFor({ timeout: 10_000 });
    await bureau.locator('.views').getByRole('button', { name: '联席会议数据' }).click();
    const figures = bureau.locator('.figures .el-table__row', { hasText: '东城区看守所' });
    await figures.waitFor({ timeout: 10_000 });
    await bureau.screenshot({ path: join(SCREENSHOTS, 'bureau-lawyer-desk.png'), fullPage: true });
    expect(await t.sql('select status, heard_in_person from judicial.lawyer_complaint where lawyer_account_id = $1', [me])).toEqual([
      { status: 'ANSWERED', heard_in_person: true },
    ]);
    expect(await t.sql('select status, handling from judicial.lawyer_violation where id = $1', [reported.data.reportLawyerViolation.id])).toEqual([
      { status: 'HANDLED', handling: '已约谈该律师并通报律师协会' },
    ]);

    // CQ-13: the lawyer reads the feedback.
    await phone.reload();
    await phone.getByRole('tab', { name: '评价投诉' }).click();
    await phone
      .locator('.complaint', { hasText: '已反馈' })
      .filter({ hasText: '经调查属实，已督促看守所增开视频会见室并当面向律师说明' })
      .filter({ hasText: '已当面听取意见' })
      .waitFor({ timeout: 10_000 });
  }, 120_000);
});
