import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PROXY, DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import {
  VISITOR,
  givenApprovedToday,
  givenDayWithSlots,
  givenInmate,
  givenPrison,
  givenServiceDay,
  givenStaff,
  givenStaffLogin,
  onAWorkingDay,
  residentIdNumber,
  submit,
  tokenFor,
} from './support/scenario.js';
import { randomUUID } from 'node:crypto';
import { chooseOption, passSecondFactor } from './support/browser.js';

/** Screenshots of every portal, kept as CI artifacts (a few are copied into docs/ for the README). */
const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');

let t: TestPlatform;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  t = await givenPlatform();
  origin = new URL(t.platform.gateway.url).origin;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** A fresh browser context (its own session storage), in Chinese. */
async function newPage(device: BrowserContextOptions = {}): Promise<Page> {
  return (await browser.newContext({ locale: 'zh-CN', ...device })).newPage();
}

/** A fresh browser context signed in to a portal. */
async function signedIn(portal: string, username: string, device: BrowserContextOptions = {}): Promise<Page> {
  const page = await newPage(device);
  await page.goto(`${origin}/${portal}/`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await passSecondFactor(page, username);
  return page;
}

// The family portal's flows: family.test.ts.

describe('detox centre portal', () => {
  it('GD-33 / GD-11: the centre’s supervisor finds a detainee, suspends their remote meetings and logs an on-site visit', async () => {
    const [detainee] = await t.sql('select id, name, detainee_number from detox.detainee order by detainee_number offset 1 limit 1');
    const page = await signedIn('detox', 'detox1.supervisor');
    await page.getByRole('tab', { name: '戒毒人员', exact: true }).click();
    await page.locator('input[name=subjectSearch]').fill(detainee.detainee_number);
    await page.locator('.subjects .el-table__row', { hasText: detainee.name }).click();
    const drawer = page.locator('.el-drawer');
    await drawer.locator('textarea[name=sanctionReason]').fill('会见中传递违禁信息');
    await drawer.getByRole('button', { name: '暂停远程会见' }).click();
    await drawer.locator('.sanctions .el-table__row', { hasText: '会见中传递违禁信息' }).waitFor({ timeout: 10_000 });
    await drawer.getByRole('button', { name: '登记现场会见' }).click();
    await drawer.locator('.visits .el-table__row').first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'detox-detainee.png'), fullPage: true });
    await eventually(async () =>
      expect((await t.sql('select suspended_until from judicial.subject_ref where id = $1', [detainee.id]))[0].suspended_until).not.toBeNull(),
    );
  }, 60_000);

  it('GD-21 / GD-25 / GD-26: the centre’s reviewer sees a detainee’s application arrive live and approves it; it reaches the brigade’s notice', async () => {
    const page = await signedIn('detox', 'detox1.reviewer');
    await page.getByRole('heading', { name: /待审批申请/ }).waitFor();
    const [detainee] = await t.sql('select id from detox.detainee where not in_physiological_detox order by detainee_number offset 3 limit 1');
    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, {
      subjectId: detainee.id,
      serviceDayId: (await givenServiceDay(t, 'detox1', 3)).id,
      idempotencyKey: 'portal-detox-1',
    });
    const { id, number } = submitted.data.submitApplication;
    const row = page.locator('.el-table__row', { hasText: number });
    await row.waitFor({ timeout: 10_000 });
    await expect(row.locator('.custody').textContent()).resolves.toBe('在所');
    await page.screenshot({ path: join(SCREENSHOTS, 'detox-review-queue.png'), fullPage: true });
    await row.getByRole('button', { name: '批准' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '批准' }).click(); // an approval cannot be taken back: confirmed first
    await row.waitFor({ state: 'detached', timeout: 10_000 });
    await eventually(async () => {
      const read = await t.gql('query($id: ID!) { application(id: $id) { status } }', { id }, proxy);
      expect(read.data.application.status).toBe('APPROVED');
    });

    // GD-26: the detainee's brigade sees the approved meeting on its notice.
    const [{ brigade }] = await t.sql('select brigade from detox.detainee where id = $1', [detainee.id]);
    await page.getByRole('tab', { name: '大队会见通知' }).click();
    await page.locator('input[name=unitNumber]').fill(String(brigade));
    await page.locator('input[name=unitNumber]').press('Enter');
    await page.getByRole('heading', { name: `第${brigade}大队 已批准的远程会见` }).waitFor();
    await page.locator('.notices .el-table__row', { hasText: number }).waitFor({ timeout: 10_000 });
  }, 60_000);
});

describe('province portal', () => {
  it('GD-22 / GD-14: the report draws the right numbers per institution and month (approvals, rate, decisions on time), filters by institution, flags slot publication and exports XLSX', async () => {
    const day = await givenDayWithSlots(t, 5, 'prison2');
    const proxy = await t.login('proxy');
    const reviewer = await t.login('prison2.reviewer');
    const ids: string[] = [];
    for (const nth of [5, 6, 7]) {
      const submitted = await submit(t, proxy, { subjectId: await givenInmate(t, 'prison2', nth), serviceDayId: day.id, idempotencyKey: `report-${nth}` });
      ids.push(submitted.data.submitApplication.id);
    }
    const decide = (id: string, approve: boolean) =>
      eventually(async () => {
        const decided = await t.gql(
          'mutation($id: ID!, $approve: Boolean!, $code: String) { decideInmateReview(applicationId: $id, approve: $approve, reasonCode: $code, reasonAbout: VISITOR) { status } }',
          { id, approve, code: approve ? null : 'INVOLVED_IN_CASE' },
          reviewer,
        );
        if (decided.errors) throw new Error(JSON.stringify(decided.errors));
      });
    await decide(ids[0], true);
    await decide(ids[1], true);
    await decide(ids[2], false);
    // The third was decided a day after its due day (GD-22): as if the due day had been yesterday.
    await eventually(async () =>
      expect(
        (
          await t.sql(
            "update judicial.application set review_due_on = (decided_at at time zone 'Asia/Shanghai')::date - 1 where id = $1 and review_due_on is not null returning id",
            [ids[2]],
          )
        ).length,
      ).toBe(1),
    );

    const page = await signedIn('province', 'province.supervisor');
    const month = day.date.slice(0, 7);
    await page.locator('input[name=from]').fill(month);
    await page.locator('input[name=to]').fill(month);
    const row = page.locator('.rows .el-table__row', { hasText: '第二监狱' });
    await row.waitFor({ timeout: 10_000 });
    const cells = (await row.locator('td').allTextContents()).map((cell) => cell.trim());
    // applications = approved + rejected + withdrawn + pending; met, no-shows, forfeited, stopped, terminated, interrupted; rate; on time, late, overdue, average hours
    expect(cells).toEqual([
      month,
      expect.stringContaining('第二监狱'),
      '3',
      '2',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '67%',
      '2',
      '1',
      '0',
      expect.stringMatching(/^0\.\d$/),
    ]);
    const footer = (await page.locator('.rows .el-table__footer td').allTextContents()).map((cell) => cell.trim());
    expect(footer[0]).toBe('合计');
    expect(Number(footer[2])).toBe(Number(footer[3]) + Number(footer[4]) + Number(footer[5]) + Number(footer[6])); // the figures add up
    const headers = (await page.locator('.rows .el-table__header th').allTextContents()).map((cell) => cell.trim()).filter(Boolean);
    await page.locator('.chart canvas').first().waitFor();
    await page.waitForTimeout(1500); // the bars' animation
    await page.screenshot({ path: join(SCREENSHOTS, 'province-report.png'), fullPage: true });

    // Filtered to one institution, only its rows remain.
    await chooseOption(page, page.locator('.institution'), '第二监狱');
    await expect.poll(async () => (await page.locator('.rows .el-table__row').allTextContents()).every((text) => text.includes('第二监狱'))).toBe(true);

    // GD-14: five slots in the month is below the minimum; the province sees the unit flagged.
    await page.locator('input[name=slotMonth]').fill(month);
    await page.locator('.compliance .el-table__row', { hasText: '第二监狱' }).getByText('低于最低数量').waitFor({ timeout: 10_000 });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出Excel' }).click();
    const file = join(SCREENSHOTS, '..', 'report.xlsx');
    await (await download).saveAs(file);
    const sheet =
      execFileSync('unzip', ['-p', file, 'xl/sharedStrings.xml'], { encoding: 'utf8' }) +
      execFileSync('unzip', ['-p', file, 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' });
    expect(sheet).toContain('第二监狱');
    expect(sheet).toContain('超期审批');
    // The export's columns are the table's, in the table's order.
    const exported = [...sheet.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map(([, text]) => text);
    expect(exported.slice(0, headers.length)).toEqual(headers);

    // A start month after the end month is refused in words, before anything is asked.
    await page.locator('input[name=from]').fill('2026-12');
    await page.locator('input[name=to]').fill('2026-10');
    await page.getByRole('alert').getByText('起始月份不能晚于截止月份').waitFor();
    expect(await page.locator('.rows .el-table__row').count()).toBe(0);

    // The bureau of prisons sees its own kind only; a prison sees nothing of it.
    const other = await t.gql(
      'query($m: String!) { meetingReport(from: $m, to: $m) { institutionName } }',
      { m: month },
      await t.login('detoxBureau.supervisor'),
    );
    expect(other.data.meetingReport.map((line: { institutionName: string }) => line.institutionName).join()).not.toMatch(/监狱/);
    expect(
      (await t.gql('query($m: String!) { meetingReport(from: $m, to: $m) { month } }', { m: month }, await t.login('prison2.supervisor'))).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
  }, 60_000);

  it('GD-39: the province announces a system upgrade; every booking in the period is suspended and its family told; a prison may not announce one', async () => {
    const approved = await givenApprovedToday(t, 19);
    const page = await signedIn('province', 'province.supervisor');
    await page.getByRole('tab', { name: '暂停通知' }).click();
    const today = (await t.sql(`select to_char(now() at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as d`))[0].d;
    await page.locator('.el-range-input').first().fill(today);
    await page.locator('.el-range-input').nth(1).fill(today);
    await page.locator('.el-range-input').nth(1).press('Enter');
    await page.locator('textarea[name=message]').fill('平台升级，暂停一天');
    await page.getByRole('button', { name: '发布暂停会见通知' }).click();
    await page.getByRole('button', { name: '确定' }).click();
    await page.locator('.issued .el-table__row', { hasText: '平台升级，暂停一天' }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'province-suspension.png'), fullPage: true });
    const [application] = await t.sql('select status, reschedule_offered from judicial.application where id = $1', [approved.id]);
    expect(application).toEqual({ status: 'SUSPENDED', reschedule_offered: true });
    const refused = await t.gql(
      'mutation { issueSuspensionNotice(cause: SYSTEM_UPGRADE, fromDate: "2099-01-01", toDate: "2099-01-02", message: "x") { id } }',
      {},
      await t.login('prison1.supervisor'),
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }, 60_000);

  it('working calendar: the province admin clicks in next year’s holidays once published; supervisors see the years but cannot enter them', async () => {
    const [{ next }] = await t.sql(`select extract(year from now() at time zone 'Asia/Shanghai')::int + 1 as next`);
    const supervisor = await signedIn('province', 'province.supervisor');
    await supervisor.getByRole('tab', { name: '工作日历' }).click();
    await supervisor.getByText(`${next}年的节假日安排尚未录入`, { exact: false }).waitFor();
    expect(await supervisor.getByText('录入或更正年度节假日安排').count()).toBe(0);

    const admin = await signedIn('province', 'province.admin');
    await admin.getByRole('tab', { name: '工作日历' }).click();
    await admin.locator('.holidays input').click();
    const panel = admin.locator('.el-date-picker:visible'); // opens on January of next year
    for (const day of ['1', '2', '3'])
      await panel
        .locator('td.available')
        .filter({ hasText: new RegExp(`^\\s*${day}\\s*$`) })
        .click();
    await panel.getByRole('button', { name: '确定' }).click();
    await admin.getByRole('button', { name: `保存${next}年安排` }).click();
    await admin
      .locator('.years .el-table__row', { hasText: String(next) })
      .getByText('省厅录入')
      .waitFor();
    await admin.getByText(`${next}年的节假日安排尚未录入`, { exact: false }).waitFor({ state: 'detached' });
    await admin.screenshot({ path: join(SCREENSHOTS, 'province-calendar.png'), fullPage: true });
    const [entered] = await t.sql('select holidays from judicial.calendar_year where year = $1', [next]);
    expect(entered.holidays).toEqual([`${next}-01-01`, `${next}-01-02`, `${next}-01-03`]);
  }, 60_000);

  it('issue 15: the province admin opens a prison, edits its phone, schedules YN from a date and deactivates it with a reason families read; supervisors have no units tab', async () => {
    const supervisor = await signedIn('province', 'province.supervisor');
    await supervisor.getByRole('tab', { name: '工作日历' }).waitFor();
    expect(await supervisor.getByRole('tab', { name: '单位管理' }).count()).toBe(0);

    const admin = await signedIn('province', 'province.admin');
    await admin.getByRole('tab', { name: '单位管理' }).click();
    await admin.getByRole('button', { name: '开设单位' }).click();
    await admin.locator('input[name=unitName]').fill('北江监狱');
    await admin.locator('input[name=unitRegion]').fill('韶关市');
    await admin.locator('input[name=unitAddress]').fill('韶关市北江路1号');
    await admin.locator('.confirm-open').click();
    const row = admin.locator('.units .el-table__row', { hasText: '北江监狱' });
    await row.getByText('使用中').waitFor();

    await row.getByRole('button', { name: '修改信息' }).click();
    await admin.locator('input[name=editPhone]').fill('0751-1234567');
    await admin.locator('.confirm-edit').click();
    await row.getByText('韶关市北江路1号 · 0751-1234567').waitFor();

    await row.getByRole('button', { name: '安排规则' }).click();
    await admin.locator('input[name=effectiveFrom]').fill('2031-01-06');
    await admin.locator('input[name=effectiveFrom]').press('Enter');
    await admin.locator('.el-dialog:visible .el-select').click();
    await admin.locator('.el-select-dropdown__item:visible', { hasText: '云南省远程视频会见规定' }).click();
    await admin.locator('.confirm-schedule').click();
    await row.getByText('自1月6日 周一起适用云南省远程视频会见规定', { exact: false }).waitFor();

    await row.getByRole('button', { name: '停用' }).click();
    await admin.locator('.el-message-box input').fill('监狱搬迁，暂停远程会见');
    await admin.locator('.el-message-box').getByRole('button', { name: '停用' }).click();
    await row.getByText('已停用：监狱搬迁，暂停远程会见').waitFor();
    await admin.screenshot({ path: join(SCREENSHOTS, 'province-units.png'), fullPage: true });

    const [prison] = await t.sql(`select phone, active, inactive_reason, pack_schedule from prison.prison where name = '北江监狱'`);
    expect(prison).toMatchObject({ phone: '0751-1234567', active: false, inactive_reason: '监狱搬迁，暂停远程会见' });
    expect(JSON.stringify(prison.pack_schedule)).toContain('2031-01-06');
  }, 60_000);
});

describe('bureau portal', () => {
  it('YN-8: the office forwards, the bureau approves to the prison, the prison’s reply comes back live and the bureau records telling the family', async () => {
    await onAWorkingDay(async () => {
      const prison = await givenPrison(t, 'YN', [{}], 5);
      const submitted = await submit(t, await t.login('proxy'), {
        subjectId: prison.inmateIds[0],
        serviceDayId: prison.days[0].id,
        venueId: DEMO_TENANTS.office1.id,
        idempotencyKey: 'portal-yn8',
        visitors: [{ name: '杨丽', idNumber: residentIdNumber('530102', '19750505', 42), relation: 'SPOUSE' }],
      });
      const { id, number } = submitted.data.submitApplication;

      const office = await signedIn('bureau', 'office1.reviewer');
      await office.getByRole('tab', { name: '预审' }).click();
      const atOffice = office.locator('.waiting .el-table__row', { hasText: number });
      await atOffice.getByRole('button', { name: '初审通过，转报司法局' }).click();
      await office.locator('.el-message--success', { hasText: '已转报司法局' }).waitFor();
      // The office's queue holds its own stage and the family's notice (stage.resolver.ts); the row at its bureau leaves
      // it. (It showed 司法局审核 only until the queue was read again: waiting for that text raced the refetch.)
      await atOffice.waitFor({ state: 'detached', timeout: 30_000 });
      expect((await t.sql('select stage from judicial.application where id = $1', [id]))[0].stage).toBe('COUNTY_BUREAU');

      const bureau = await signedIn('bureau', 'bureau1.reviewer');
      await bureau.getByRole('tab', { name: '预审' }).click();
      const atBureau = bureau.locator('.waiting .el-table__row', { hasText: number });
      await atBureau.getByRole('button', { name: '审核通过，报监所' }).click();
      await atBureau.waitFor({ state: 'detached', timeout: 30_000 });

      const reviewer = await tokenFor({ accountId: randomUUID(), tenantKind: 'PRISON', tenantId: prison.id, roles: ['REVIEWER'] });
      await eventually(async () => {
        const decided = await t.gql(
          'mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true, meetingTime: "09:30") { status } }',
          { id },
          reviewer,
        );
        if (decided.errors) throw new Error(JSON.stringify(decided.errors));
      });
      await atBureau.getByText('监所已批准，会见时间 09:30').waitFor({ timeout: 30_000 }); // live, no reload
      await bureau.screenshot({ path: join(SCREENSHOTS, 'bureau-pre-review.png'), fullPage: true });
      await atBureau.getByRole('button', { name: '已通知申请人' }).click();
      await atBureau.waitFor({ state: 'detached', timeout: 30_000 });
      expect((await t.sql('select stage, notified_at is not null as told from judicial.application where id = $1', [id]))[0]).toEqual({
        stage: 'DONE',
        told: true,
      });
      // The office's own county bureau follows its cases; another bureau does not.
      const seen = (login: string) => t.gql('query($id: ID!) { application(id: $id) { id } }', { id }, login);
      expect((await seen(await t.login('bureau1.reviewer'))).data?.application.id).toBe(id);
      expect((await seen(await t.login('bureau2.reviewer'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  }, 60_000);

  it('YN-9: the prison records an inmate’s own request (Form 1) and approves it with a day at the family’s bureau; the bureau reports the family accepts; the prison tells the inmate, then moves the meeting', async () => {
    await onAWorkingDay(async () => {
      const prison = await givenPrison(t, 'YN', [{}], 5);
      const [inmate] = await t.sql('select name from prison.inmate where id = $1', [prison.inmateIds[0]]);
      const page = await signedIn('prison', await givenStaffLogin(t, 'PRISON', prison.id, ['REVIEWER']));
      // Issue 17: a bookmark of the pack's tab opens it, though the tab shows only once the prison's data has loaded.
      await page.goto(`${origin}/prison/requests`);
      // The screen's own button: its table shows only while loading or once there is a request.
      await page.getByRole('button', { name: '登记服刑人员申请' }).waitFor({ timeout: 10_000 });
      await expect.poll(() => page.getByRole('tab', { name: '服刑人员申请' }).getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
      expect(new URL(page.url()).pathname).toBe('/prison/requests');
      await page.getByRole('tab', { name: '服刑人员申请' }).click();
      await page.getByRole('button', { name: '登记服刑人员申请' }).click();
      const form = page.locator('.el-dialog', { hasText: '登记服刑人员申请' });
      await form.locator('.el-select').first().click();
      await page.keyboard.type(inmate.name);
      await page.getByRole('option', { name: new RegExp(inmate.name) }).click();
      await form.locator('input[name=requestReason]').fill('母亲年迈，想见一面');
      await form.locator('input[name=relativeName]').fill('赵秀兰');
      await form.locator('input[name=relativeIdNumber]').fill(residentIdNumber('530102', '19600303', 73));
      await form.locator('input[name=relativePhone]').fill('13987654321');
      await form.locator('input[name=relativeAddress]').fill('昆明市五华区某街1号');
      await form.getByRole('button', { name: '登记', exact: true }).click();
      const row = page.locator('.requests .el-table__row', { hasText: '赵秀兰' });
      await row.getByText('监狱审批').waitFor({ timeout: 10_000 });

      await row.getByRole('button', { name: '批准' }).click();
      const decision = page.locator('.el-dialog', { hasText: '会见时间' });
      await decision.locator('.days label').first().click();
      await chooseOption(page, decision.locator('.el-select'), DEMO_TENANTS.bureau1.name);
      await decision.locator('input[name=requestTime]').fill('10:00');
      await decision.getByRole('button', { name: '确定' }).click();
      await row.getByText('司法局通知家属').waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(SCREENSHOTS, 'prison-inmate-requests.png'), fullPage: true });

      const bureau = await signedIn('bureau', 'bureau1.clerk');
      await bureau.getByRole('tab', { name: '预审' }).click();
      const toTell = bureau.locator('.inmate-requests .el-table__row', { hasText: '赵秀兰' });
      await toTell.getByRole('button', { name: '家属接受' }).click();
      await toTell.waitFor({ state: 'detached', timeout: 10_000 });

      await row.getByText('告知服刑人员', { exact: true }).waitFor({ timeout: 10_000 }); // live on the prison's page
      await row.getByRole('button', { name: '已告知服刑人员' }).click();
      await row.getByText('已办结').waitFor({ timeout: 10_000 });
      const [request] = await t.sql('select status, stage, family_accepted from judicial.inmate_request where subject_id = $1', [prison.inmateIds[0]]);
      expect(request).toEqual({ status: 'ACCEPTED', stage: 'DONE', family_accepted: true });

      // YN-9(3): the prison moves the meeting; the family's bureau arranges it again.
      await row.getByRole('button', { name: '变更会见时间' }).click();
      const moving = page.locator('.el-dialog', { hasText: '会见时间' });
      await moving.locator('.days label').nth(1).click();
      await moving.locator('input[name=requestTime]').fill('14:00');
      await moving.getByRole('button', { name: '确定' }).click();
      await row.getByText('司法局通知家属').waitFor({ timeout: 10_000 });
      const [moved] = await t.sql(
        `select r.stage, a.meeting_time, d.date::text as date from judicial.inmate_request r
        join judicial.application a on a.id = r.application_id join judicial.service_day d on d.id = a.service_day_id where r.subject_id = $1`,
        [prison.inmateIds[0]],
      );
      expect(moved).toMatchObject({ stage: 'BUREAU_NOTIFY', meeting_time: '14:00', date: prison.days[1].date });
    });
  }, 90_000);

  it('GD-20 / GD-17: at the counter the clerk finds the relatives registered for the applicant’s ID card, files on the family’s behalf and prints the receipt', async () => {
    const page = await signedIn('bureau', 'bureau1.clerk');
    await page.getByRole('tab', { name: '窗口代办' }).click();
    await page.locator('input[name=applicantName]').fill('王建华');
    await page.locator('input[name=applicantIdNumber]').fill(DEMO_PROXY.idNumber);
    await page.locator('input[name=applicantPhone]').fill('13800138000');
    await page.getByRole('button', { name: '查找登记的亲属' }).click();
    await page.locator('label.relative', { hasText: '第二监狱' }).nth(3).click();
    await page.locator('.days label').first().click();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: '提交申请并打印回执' }).click();
    const number = await page.locator('[data-test=receipt-number]').textContent({ timeout: 10_000 });
    await page.getByText('远程会见不收取任何费用').waitFor();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1); // "submit and print" prints
    // On paper: the receipt alone (no header, no tab bar, no buttons), with the institution, the day, what to bring and a place for the stamp.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.el-tabs__header').isVisible()).toBe(false);
    expect(await page.locator('.layout-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印回执' }).isVisible()).toBe(false);
    const paper = await page.locator('.receipt').textContent();
    expect(paper).toContain(DEMO_TENANTS.prison2.name);
    expect(paper).toMatch(/\d{1,2}月\d{1,2}日 周[一二三四五六日]/);
    expect(paper).toContain('身份证原件');
    expect(paper).toContain('盖章处');
    expect(paper).toContain('咨询电话020-88000031'); // the bureau's phone for questions
    await page.screenshot({ path: join(SCREENSHOTS, 'bureau-counter-receipt.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    const [filed] = await t.sql('select status, filed_by_staff_id is not null as by_clerk, applicant_id_number from judicial.application where number = $1', [
      number,
    ]);
    expect(filed).toEqual({ status: 'SUBMITTED', by_clerk: true, applicant_id_number: DEMO_PROXY.idNumber });
    expect(await page.locator('.receipt').textContent()).not.toContain(DEMO_PROXY.idNumber); // masked on paper too

    const ask = 'query($id: String!) { relativesAtCounter(idNumber: $id) { id } }';
    expect((await t.gql(ask, { id: DEMO_PROXY.idNumber }, await t.login('prison1.clerk'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(ask, { id: '123' }, await t.login('bureau1.clerk'))).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  }, 60_000);

  it('GD-4: the prison bureau sets its priority policy on screen; the bureau’s clerk then puts a family first for distance (refused before the policy allowed it); the prison’s queue puts it on top', async () => {
    const submitted = await submit(t, await t.login('proxy'), {
      subjectId: await givenInmate(t, 'prison1', 8),
      serviceDayId: (await givenDayWithSlots(t, 2)).id,
      idempotencyKey: 'portal-priority-1',
    });
    const { id, number } = submitted.data.submitApplication;
    const page = await signedIn('bureau', 'bureau1.clerk');
    await page.getByRole('tab', { name: '待审批', exact: true }).click();
    const row = page.locator('.pending .el-table__row', { hasText: number });
    await row.getByRole('button', { name: '设为优先' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, dialog.locator('.category'), '家属路途遥远');
    await dialog.locator('textarea[name=priorityNote]').fill('家属居住在800公里外');
    await dialog.getByRole('button', { name: '设为优先' }).click();
    await page.locator('.el-message--error', { hasText: '省监狱（戒毒）管理局未规定此类优先' }).waitFor(); // no policy yet
    expect((await t.sql('select priority from judicial.application where id = $1', [id]))[0]).toEqual({ priority: false });

    const bureau = await signedIn('province', 'prisonBureau.supervisor');
    await bureau.getByRole('tab', { name: '优先适用规定' }).click();
    const form = bureau.locator('.policy-form');
    await chooseOption(bureau, form.locator('.category'), '家属路途遥远');
    await form.locator('input[name=maxTimes]').fill('2');
    await form.locator('textarea[name=conditions]').fill('家属居住在500公里以外');
    await form.getByRole('button', { name: '保存规定' }).click();
    await bureau.locator('.el-message--success', { hasText: '规定已保存' }).waitFor();
    await bureau.locator('.policy-list .el-table__row', { hasText: '家属居住在500公里以外' }).getByText('每年2次').waitFor();

    await dialog.getByRole('button', { name: '设为优先' }).click();
    await row.getByText('家属路途遥远').waitFor();
    const queue = async () =>
      (await t.gql('{ inmateReviewQueue { priority application { id } } }', {}, await t.login('prison1.reviewer'))).data.inmateReviewQueue;
    await eventually(async () => {
      const cases: { priority: boolean; application: { id: string } }[] = await queue();
      const mine = cases.findIndex((entry) => entry.application.id === id);
      expect(cases[mine]?.priority).toBe(true);
      expect(cases.slice(0, mine).every((entry) => entry.priority)).toBe(true); // only other priority cases before it
    });
  }, 60_000);

  it('GD-27 / GD-28 / YN-12 / YN-19: on the day the clerk confirms the preparation the pack asks for, records a family that did not come and refuses a meeting for conduct', async () => {
    const prepared = await givenApprovedToday(t, 13);
    await t.sql(`update judicial.application set rule_pack = 'YN' where id = $1`, [prepared.id]); // a YN meeting (YN-12 / YN-19)
    const absent = await givenApprovedToday(t, 11);
    const unruly = await givenApprovedToday(t, 9);
    const page = await signedIn('bureau', 'bureau1.clerk');
    const card = (application: { number: string }) => page.locator(`.meeting[data-number="${application.number}"]`);
    const status = async (application: { id: string }) => (await t.sql('select status from judicial.application where id = $1', [application.id]))[0].status;

    const yn = card(prepared);
    await yn
      .getByText(/设备|equipment/i)
      .first()
      .waitFor({ timeout: 10_000 }); // what is missing, in the pack's words
    for (const done of ['设备已调试', '已告知会见规定', '手机、录音录像设备已寄存']) {
      await yn.locator('.el-checkbox', { hasText: done }).click();
      await yn.locator('.el-checkbox.is-checked', { hasText: done }).waitFor({ timeout: 5_000 }); // ticked before it is sent
    }
    await yn.getByRole('button', { name: '确认准备就绪' }).click();
    await page.locator('.el-message').first().waitFor();
    expect(await page.locator('.el-message').first().innerText()).toBe('已记录会见准备'); // an error's words, if any, show here
    await yn.getByRole('button', { name: '确认准备就绪' }).waitFor({ state: 'detached' });
    expect((await t.sql('select preparation from judicial.application where id = $1', [prepared.id]))[0].preparation).toMatchObject({
      equipmentChecked: true,
      rulesBriefed: true,
      devicesDeposited: true,
    });
    expect(await card(absent).getByRole('button', { name: '确认准备就绪' }).count()).toBe(0); // GD asks for none

    await card(absent).getByRole('button', { name: '无故未到场' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确定|OK|Yes/ })
      .click();
    await card(absent).waitFor({ state: 'detached' });
    expect(await status(absent)).toBe('NO_SHOW');

    await card(unruly).getByRole('button', { name: '因违规不予会见' }).click();
    await card(unruly).locator('input[name=conductReason]').fill('醉酒，大声喧哗');
    await card(unruly).getByRole('button', { name: '确认不予会见' }).click();
    await card(unruly).waitFor({ state: 'detached' });
    expect((await t.sql('select status, rejection_key, rejection_params from judicial.application where id = $1', [unruly.id]))[0]).toEqual({
      status: 'REFUSED_AT_VENUE',
      rejection_key: 'decision.note',
      rejection_params: { note: '醉酒，大声喧哗' },
    });
  }, 90_000);

  it('GD-33: the bureau’s clerk recommends suspending a visitor for misconduct; the prison’s reviewer accepts it on the review screen', async () => {
    const approved = await givenApprovedToday(t, 7);
    const page = await signedIn('bureau', 'bureau1.clerk');
    const card = page.locator(`.meeting[data-number="${approved.number}"]`);
    await card.getByRole('button', { name: '建议暂停会见人' }).click();
    await card.locator('input[name=suspendIdNumber]').fill(VISITOR.idNumber);
    await card.locator('input[name=suspendReason]').fill('会见中辱骂工作人员');
    await card.getByRole('button', { name: '提交监所决定' }).click();
    await page.locator('.el-message--success', { hasText: '建议已提交' }).waitFor();
    await page.getByRole('tab', { name: '待审批', exact: true }).click(); // the bureau follows what became of it
    const mine = page.locator('.suspensions .el-table__row', { hasText: '会见中辱骂工作人员' });
    await mine.getByText('待决定').waitFor();
    expect(await mine.getByRole('button', { name: /同意暂停|不同意|仅禁止/ }).count()).toBe(0); // only the institution decides

    const reviewer = await signedIn('prison', 'prison1.reviewer');
    const row = reviewer.locator('.suspensions .el-table__row', { hasText: '会见中辱骂工作人员' });
    await row.getByRole('button', { name: '同意暂停' }).click();
    await row.getByText(/已暂停至 \d{4}-\d{2}-\d{2}/).waitFor();
    const [decided] = await t.sql('select status, months from judicial.visitor_sanction where application_id = $1', [approved.id]);
    expect(decided).toEqual({ status: 'ACCEPTED', months: 3 });

    // GD-33: what the visitor did went to the police; the bureau records the referral.
    await mine.getByRole('button', { name: '登记移送公安' }).click();
    const referral = page.getByRole('dialog');
    await referral.locator('input[name=policeUnit]').fill('东城区公安分局');
    await referral.locator('input[name=referralReference]').fill('东公移〔2026〕7号');
    await referral.getByRole('button', { name: '登记', exact: true }).click();
    await mine.getByText('东城区公安分局 东公移〔2026〕7号').waitFor();
    expect(
      await t.sql(
        'select police_unit, reference, referred_by_tenant_id from judicial.police_referral r join judicial.visitor_sanction s on s.id = r.recommendation_id where s.application_id = $1',
        [approved.id],
      ),
    ).toEqual([{ police_unit: '东城区公安分局', reference: '东公移〔2026〕7号', referred_by_tenant_id: DEMO_TENANTS.bureau1.id }]);
  }, 60_000);

  it('GD-29 / GD-30: on the day the clerk checks each visitor’s ID against the approved list and records the signed, printable pledge', async () => {
    const approved = await givenApprovedToday(t, 16);
    const page = await signedIn('bureau', 'bureau1.clerk');
    const card = page.locator(`.meeting[data-number="${approved.number}"]`);
    const visitor = card.locator('[data-visitor="0"]');
    await visitor.waitFor({ timeout: 10_000 });

    // An expired card is refused, with the reason, and the clerk can try again.
    await visitor.locator('input[name=checkInIdNumber]').fill(VISITOR.idNumber);
    await visitor.locator('.el-checkbox').click();
    await visitor.locator('input[name=expiresOn]').fill('2020-01-01');
    await visitor.locator('input[name=expiresOn]').press('Enter');
    await visitor.getByRole('button', { name: '核验' }).click();
    await visitor.getByText(/不予会见/).waitFor();

    await visitor.locator('input[name=expiresOn]').fill('2036-01-01');
    await visitor.locator('input[name=expiresOn]').press('Enter');
    await visitor.getByRole('button', { name: '核验' }).click();
    await visitor.getByText('核验通过').waitFor();
    await visitor.getByText('会见承诺书').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'bureau-check-in.png'), fullPage: true });
    await visitor.getByRole('button', { name: '已签字确认' }).click();
    await visitor.getByText(/已签署/).waitFor();
    const [attendance] = await t.sql(
      'select admitted, pledge_signature, pledge_signed_at from judicial.attendance where application_id = $1 and visitor_index = 0 order by checked_at desc limit 1',
      [approved.id],
    );
    expect(attendance).toMatchObject({ admitted: true, pledge_signature: 'SIGNATURE', pledge_signed_at: expect.any(Date) });

    // GD-26: the SMS log shows what the family was told (the approval), the phone masked. Its own row: on a weekend
    // (China time) other tests' messages are dated the next working day and come first.
    await page.getByRole('tab', { name: '短信记录' }).click();
    const sms = page.locator('.sms .el-table__row', { hasText: approved.number });
    await sms.waitFor();
    await expect(sms.textContent()).resolves.toMatch(/138\*{4}8000/);
  }, 60_000);
});

describe('prison portal', () => {
  it('GD-37 / GD-39: the prison bureau works from the same portal: recordings and suspension notices, no institution screens', async () => {
    const page = await signedIn('prison', 'prisonBureau.supervisor');
    await page.getByRole('tab', { name: '录像调阅' }).waitFor();
    await page.getByRole('tab', { name: '暂停通知' }).waitFor();
    await page.getByText('统计报表请在省级报表门户').waitFor();
    expect(await page.getByRole('tab', { name: '审批' }).count()).toBe(0);
  }, 60_000);

  it('GD-17: the prison’s clerk registers a relative with the proof seen (the applicant must vouch for it); the bureau’s counter then finds the relative', async () => {
    const inmateId = await givenInmate(t, 'prison1', 10);
    const [inmate] = await t.sql('select name, inmate_number from prison.inmate where id = $1', [inmateId]);
    const relativeId = residentIdNumber('440103', '19850607', 321);
    const page = await signedIn('prison', 'prison1.clerk');
    await page.getByRole('tab', { name: '服刑人员', exact: true }).click();
    await page.locator('input[name=subjectSearch]').fill(inmate.inmate_number);
    await page.locator('.subjects .el-table__row', { hasText: inmate.name }).click();
    const drawer = page.locator('.el-drawer');
    await drawer.locator('.registered').waitFor();
    await drawer.locator('input[name=relativeName]').fill('陈静');
    await drawer.locator('input[name=relativeIdNumber]').fill(relativeId);
    await drawer.locator('input[name=proofReference]').fill('户号 440103001234');
    await drawer.getByRole('button', { name: '登记亲属关系' }).click();
    await page.locator('.el-message--error', { hasText: '承诺' }).waitFor(); // not vouched for: refused, in words
    expect(await t.sql('select id from judicial.relationship where visitor_id_number = $1', [relativeId])).toEqual([]);
    await drawer.getByText('申请人已承诺所提供材料真实有效').click();
    // 户籍 (SX-1, YN-6): the household as seen on her residence permit, not read from the ID number (issued in 440103).
    await chooseOption(page, drawer.locator('.el-form-item', { hasText: '户籍证件' }).locator('.el-select'), '居住证');
    await drawer.locator('input[name=householdRegion]').fill('440106');
    await drawer.getByRole('button', { name: '登记亲属关系' }).click();
    const row = drawer.locator('.registered .el-table__row', { hasText: '陈静' });
    await row.getByText('户口簿').waitFor();
    await row.getByText('440106 居住证').waitFor();
    expect(await row.textContent()).toContain(`${relativeId.slice(0, 6)}********${relativeId.slice(-4)}`); // masked in the list
    expect(await row.textContent()).not.toContain(relativeId);
    await page.screenshot({ path: join(SCREENSHOTS, 'prison-relationship.png'), fullPage: true });
    const [stored] = await t.sql(
      'select relation, proof_kind, registered_by_tenant_id, household_region, household_proof from judicial.relationship where visitor_id_number = $1',
      [relativeId],
    );
    expect(stored).toEqual({
      relation: 'SPOUSE',
      proof_kind: 'HOUSEHOLD_REGISTER',
      registered_by_tenant_id: DEMO_TENANTS.prison1.id,
      household_region: '440106',
      household_proof: 'RESIDENCE_PERMIT',
    });
    const atCounter = await t.gql(
      'query($id: String!) { relativesAtCounter(idNumber: $id) { subjectId relation } }',
      { id: relativeId },
      await t.login('bureau1.clerk'),
    );
    expect(atCounter.data.relativesAtCounter).toEqual([{ subjectId: inmateId, relation: 'SPOUSE' }]);
  }, 60_000);

  it('GD-5: the clerk finds an inmate’s brother held in another prison by his name and ID number and files their meeting on that prison’s day; that prison reviews it', async () => {
    const [own] = await t.sql('select id, name, inmate_number, id_number from prison.inmate where id = $1', [await givenInmate(t, 'prison1', 5)]);
    // The brother's month must be free (GD-11): other tests of this file book prison2's inmates (the report test its
    // 5th–7th; family screens whichever their lists show first), so he is one of prison2's with no meeting taken yet.
    const [brother] = await t.sql(
      `select i.id, i.name, i.id_number from prison.inmate i
        where i.prison_id = $1 and not exists (select 1 from judicial.monthly_allowance m where m.subject_id = i.id and m.used > 0)
        order by i.inmate_number offset 9 limit 1`,
      [DEMO_TENANTS.prison2.id],
    );
    await givenDayWithSlots(t, 2, 'prison2');
    const page = await signedIn('prison', 'prison1.clerk');
    await page.getByRole('tab', { name: '服刑人员', exact: true }).click();
    await page.locator('input[name=subjectSearch]').fill(own.inmate_number);
    await page.locator('.subjects .el-table__row', { hasText: own.name }).click();
    const drawer = page.locator('.el-drawer');
    await drawer.getByText('由亲属所在单位审批').waitFor(); // GD-5, from the pack
    await drawer.locator('input[name=ownIdNumber]').fill(own.id_number);
    await drawer.locator('input[name=heldRelativeName]').fill(brother.name);
    await drawer.locator('input[name=heldRelativeIdNumber]').fill('110101198003120272');
    await drawer.getByRole('button', { name: '查找' }).click();
    await drawer.getByText('未找到该在押人员').waitFor(); // a wrong ID number finds no one
    await drawer.locator('input[name=heldRelativeIdNumber]').fill(brother.id_number);
    await drawer.getByRole('button', { name: '查找' }).click();
    await drawer.getByText(`已找到：${brother.name}，在押于${DEMO_TENANTS.prison2.name}`).waitFor();
    await chooseOption(page, drawer.locator('.custody .el-select'), '兄弟姐妹');
    await drawer.locator('.custody .days label').first().click();
    await drawer.getByRole('button', { name: '提交会见申请' }).click();
    // Whichever the server answers, success or a refusal in the clerk's words: a refusal's words name the cause.
    const answer = page.locator('.el-message--success, .el-message--error').first();
    await answer.waitFor();
    expect(await answer.innerText()).toContain('已提交');
    const [filed] = await t.sql('select subject_id, institution_id, visitor_subject_id, status from judicial.application where visitor_subject_id = $1', [
      own.id,
    ]);
    expect(filed).toEqual({ subject_id: brother.id, institution_id: DEMO_TENANTS.prison2.id, visitor_subject_id: own.id, status: 'SUBMITTED' });
  }, 60_000);

  it('GD-33 / GD-11: a supervisor finds an inmate, suspends its remote meetings within the pack’s range and logs an on-site visit; bookings learn the suspension', async () => {
    const inmateId = await givenInmate(t, 'prison1', 12);
    const [inmate] = await t.sql('select name, inmate_number from prison.inmate where id = $1', [inmateId]);
    const page = await signedIn('prison', 'prison1.supervisor');
    await page.getByRole('tab', { name: '服刑人员', exact: true }).click();
    await page.locator('input[name=subjectSearch]').fill(inmate.inmate_number);
    await page.locator('.subjects .el-table__row', { hasText: inmate.name }).click();
    const drawer = page.locator('.el-drawer');
    await drawer.getByText('暂停远程会见处理').waitFor();

    await drawer.locator('.el-input-number input').first().fill('99'); // the form clamps to 24; GD-33 allows fewer
    await drawer.locator('textarea[name=sanctionReason]').fill('会见中使用暗语');
    await drawer.getByRole('button', { name: '暂停远程会见' }).click();
    await page.locator('.el-message--error').waitFor({ timeout: 10_000 }); // outside the pack's range: refused in words
    await drawer.locator('.el-input-number input').first().fill('3');
    await drawer.locator('.el-input-number input').first().press('Tab');
    await drawer.getByRole('button', { name: '暂停远程会见' }).click();
    await drawer.locator('.sanctions .el-table__row', { hasText: '会见中使用暗语' }).waitFor({ timeout: 10_000 });

    await drawer.getByRole('button', { name: '登记现场会见' }).click();
    await drawer.locator('.visits .el-table__row').first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'prison-inmate.png'), fullPage: true });
    expect(await t.sql('select count(*)::int as n from prison.onsite_visit where inmate_id = $1', [inmateId])).toEqual([{ n: 1 }]);
    // Bookings check the suspension in judicial (tested there); it learns the period from the prison.
    const [sanction] = await t.sql('select ends_on::text from prison.sanction where inmate_id = $1', [inmateId]);
    await eventually(async () =>
      expect((await t.sql('select suspended_until::text from judicial.subject_ref where id = $1', [inmateId]))[0].suspended_until).toBe(sanction.ends_on),
    );
  }, 60_000);

  it('YN-14: under YN the emergency screen is the warden’s approval of a longer or off-schedule meeting, recorded on the meeting, not an extra one', async () => {
    const prison = await givenPrison(t, 'YN', [{}], 5);
    const [bureau] = await t.sql(`insert into judicial.county_bureau (id, name, kind, region, address, rule_pack)
      values (gen_random_uuid(), '测试官渡区司法局', 'COUNTY_BUREAU', '官渡区', '官渡区某路5号', 'YN') returning id`);
    const staff = (role: string) => givenStaff(t, 'PRISON', prison.id, role);
    const relative = {
      name: '钱芳',
      relation: 'SIBLING',
      idNumber: residentIdNumber('530111', '19880808', 51),
      address: '昆明市官渡区某街3号',
      phone: '13987651111',
    };
    const applicationId = await onAWorkingDay(async () => {
      const requested = await t.gql(
        'mutation($input: InmateRequestInput!) { requestInmateMeeting(input: $input) { id } }',
        { input: { subjectId: prison.inmateIds[0], inmateName: '测试0', relatives: [relative], reason: '母亲病危' } },
        await staff('INTAKE_CLERK'),
      );
      const decided = await t.gql(
        `mutation($id: ID!, $day: ID, $venue: ID) { decideInmateRequest(id: $id, approve: true, serviceDayId: $day, meetingTime: "10:00", venueId: $venue) { applicationId } }`,
        { id: requested.data.requestInmateMeeting.id, day: prison.days[0].id, venue: bureau.id },
        await staff('REVIEWER'),
      );
      expect(decided.errors, JSON.stringify(decided.errors)).toBeUndefined();
      return decided.data.decideInmateRequest.applicationId as string;
    });
    const [{ number }] = await t.sql('select number from judicial.application where id = $1', [applicationId]);

    const warden = await signedIn('prison', await givenStaffLogin(t, 'PRISON', prison.id, ['SUPERVISOR']));
    await warden.getByRole('tab', { name: '紧急会见（延长或另定时间）' }).click();
    expect(await warden.getByRole('tab', { name: '紧急加次会见' }).count()).toBe(0); // YN-14: not an extra meeting
    const row = warden.locator('.longer .el-table__row', { hasText: number });
    await row.locator('.el-input-number input').fill('20');
    await row.locator('.el-input-number input').press('Tab');
    await row.getByPlaceholder('如：母亲病危').fill('母亲病危');
    await row.getByRole('button', { name: '监狱长批准' }).click();
    await row.getByText('已批准：延长20分钟').waitFor({ timeout: 10_000 });
    expect(
      await t.sql(
        `select a.emergency_minutes, m.used, m.extra from judicial.application a
      join judicial.monthly_allowance m on m.subject_id = a.subject_id where a.id = $1`,
        [applicationId],
      ),
    ).toEqual([{ emergency_minutes: 20, used: 1, extra: 0 }]);
  }, 60_000);

  it('SX-4 / YN-14 / GD-35: under SX an extra meeting for a family emergency is recorded and approved by ward, administration section and leadership in turn, each a different person; a GD prison has no such screen', async () => {
    const prison = await givenPrison(t, 'SX', [{}]);
    const [inmate] = await t.sql('select name, inmate_number from prison.inmate where id = $1', [prison.inmateIds[0]]);
    const reviewer = await signedIn('prison', await givenStaffLogin(t, 'PRISON', prison.id, ['REVIEWER']));
    await reviewer.getByRole('tab', { name: '紧急加次会见' }).click();
    await reviewer.getByText('监区 → 狱政科 → 监狱领导', { exact: false }).waitFor();
    await reviewer.locator('.extra .inmate input').fill(inmate.name);
    await reviewer.getByRole('option', { name: new RegExp(inmate.inmate_number) }).click();
    await reviewer.locator('textarea[name=emergencyReason]').fill('母亲病危');
    await reviewer.getByRole('button', { name: '提交审批' }).click();
    await reviewer.locator('.requests .el-table__row', { hasText: '母亲病危' }).getByText('待监区审批').waitFor();

    const approver = await signedIn('prison', await givenStaffLogin(t, 'PRISON', prison.id, ['SUPERVISOR']));
    await approver.getByRole('tab', { name: '紧急加次会见' }).click();
    const row = approver.locator('.requests .el-table__row', { hasText: '母亲病危' });
    await row.getByRole('button', { name: '监区审批同意' }).click();
    await row.getByRole('button', { name: '狱政科审批同意' }).click();
    await approver.locator('.el-message--error', { hasText: '每一级须由不同人员审批' }).waitFor(); // the same person cannot approve twice
    for (const step of ['狱政科', '监狱领导']) {
      const next = await signedIn('prison', await givenStaffLogin(t, 'PRISON', prison.id, ['SUPERVISOR']));
      await next.getByRole('tab', { name: '紧急加次会见' }).click();
      await next
        .locator('.requests .el-table__row', { hasText: '母亲病危' })
        .getByRole('button', { name: `${step}审批同意` })
        .click();
      await next.locator('.el-message--success', { hasText: '已审批' }).waitFor();
    }
    await approver.reload();
    await approver.getByRole('tab', { name: '紧急加次会见' }).click();
    await row.getByText('已批准，本月可增加一次').waitFor();
    const [granted] = await t.sql('select granted, jsonb_array_length(approvals) as steps from prison.extra_meeting where inmate_id = $1', [
      prison.inmateIds[0],
    ]);
    expect(granted).toEqual({ granted: true, steps: 3 });

    const gd = await signedIn('prison', 'prison1.reviewer');
    await gd.getByRole('tab', { name: '审批', exact: true }).waitFor();
    expect(await gd.getByRole('tab', { name: '紧急加次会见' }).count()).toBe(0); // GD-35: none under GD
    expect(await gd.getByRole('tab', { name: '服刑人员申请' }).count()).toBe(0); // nor inmates' own requests (YN-9)
  }, 90_000);

  it('GD-21 / GD-22 / GD-26: a reviewer’s queue shows a new application live, without reload; approving it from the page decides it and it reaches the ward’s notice', async () => {
    const page = await signedIn('prison', 'prison1.reviewer');
    await page.getByRole('heading', { name: /待审批申请/ }).waitFor();

    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 14),
      serviceDayId: (await givenDayWithSlots(t, 2)).id,
      idempotencyKey: 'portal-live-1',
    });
    const { id, number } = submitted.data.submitApplication;
    const row = page.locator('.el-table__row', { hasText: number });
    await row.waitFor({ timeout: 10_000 }); // arrived over the subscription: the page was not reloaded
    await expect(row.textContent()).resolves.toMatch(/\*{8}/); // ID numbers masked
    await expect(row.locator('.custody').textContent()).resolves.toMatch(/在押 · (严管|普管|宽管)/); // custody status beside the request
    await page.screenshot({ path: join(SCREENSHOTS, 'prison-review-queue.png'), fullPage: true });

    await row.getByRole('button', { name: '批准' }).click();
    await page.getByRole('tooltip').getByText(`批准申请 ${number}？`, { exact: false }).waitFor(); // an approval cannot be taken back: confirmed first
    await page.getByRole('tooltip').getByRole('button', { name: '批准' }).click();
    await page.locator('.el-message').getByText('已批准').waitFor(); // the toast (the status filter has the same word)
    await row.waitFor({ state: 'detached', timeout: 10_000 });
    await eventually(async () => {
      const read = await t.gql('query($id: ID!) { application(id: $id) { status } }', { id }, proxy);
      expect(read.data.application.status).toBe('APPROVED');
    });

    // GD-26: the inmate's ward sees the approved meeting on its notice.
    const [{ ward }] = await t.sql(
      'select w.number as ward from judicial.application a join prison.inmate i on i.id = a.subject_id join prison.ward w on w.id = i.ward_id where a.id = $1',
      [id],
    );
    await page.getByRole('tab', { name: '监区会见通知' }).click();
    await page.locator('input[name=unitNumber]').fill(String(ward));
    await page.locator('input[name=unitNumber]').press('Enter');
    await page.getByRole('heading', { name: `第${ward}监区 已批准的远程会见` }).waitFor();
    await page.locator('.notices .el-table__row', { hasText: number }).waitFor({ timeout: 10_000 });
  }, 60_000);

  it('rejecting offers only the pack’s reasons and needs one; the reason reaches the family', async () => {
    const page = await signedIn('prison', 'prison1.supervisor');
    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 15),
      serviceDayId: (await givenDayWithSlots(t, 2)).id,
      idempotencyKey: 'portal-reject-1',
    });
    const { id, number } = submitted.data.submitApplication;
    const row = page.locator('.el-table__row', { hasText: number });
    await row.getByRole('button', { name: '驳回' }).click();
    const dialog = page.getByRole('dialog', { name: '驳回申请' });
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.getByText('请选择驳回理由').first().waitFor(); // nothing sent without a reason
    await chooseOption(page, dialog.locator('.el-select'), /与案件有牵连/);
    await page.screenshot({ path: join(SCREENSHOTS, 'prison-reject-dialog.png') });
    await dialog.getByRole('button', { name: '确定' }).click();
    await row.waitFor({ state: 'detached', timeout: 10_000 });
    await eventually(async () => {
      const read = await t.gql('query($id: ID!) { application(id: $id) { status rejectionReason } }', { id }, proxy);
      expect(read.data.application).toMatchObject({ status: 'REJECTED', rejectionReason: expect.stringMatching(/与案件有牵连/) });
    });
  }, 60_000);

  it('GD-13 / GD-14: the supervisor publishes next month’s days on the calendar’s working days; the total and the minimum are shown', async () => {
    const page = await signedIn('prison', 'prison2.supervisor');
    await page.getByRole('tab', { name: '号源公布' }).click();
    const next = await t.sql(`select to_char((date_trunc('month', now() at time zone 'Asia/Shanghai') + interval '1 month'), 'YYYY-MM') as month`);
    const month = next[0].month as string;
    await page.getByRole('radio', { name: month }).click({ force: true });
    await page.getByText('下月号源须在本月5日前公布').waitFor(); // the GD pack's own day; its rule a hint beside it, not the heading
    await page.locator('.publish .el-alert [data-rule=GD-13]').waitFor();
    expect(
      await page
        .locator('.publish')
        .getByText(/GD-1[34]/)
        .count(),
    ).toBe(0);
    // Product rule (calendar as data): a month in a year whose holidays are not loaded says so.
    const loaded = (await t.gql('{ calendarYears { year } }')).data.calendarYears.map((entry: { year: number }) => entry.year);
    await expect.poll(() => page.locator('[data-test=calendar-missing]').count(), { timeout: 10_000 }).toBe(loaded.includes(Number(month.slice(0, 4))) ? 0 : 1);
    const firstRow = page.locator('.days .el-table__row').first();
    await firstRow.waitFor();
    const [date, weekday] = (await firstRow.locator('td').first().textContent())!.trim().split(/\s+/); // the day, then its weekday
    expect(date.startsWith(month)).toBe(true);
    expect(weekday).toBe(['周日', '周一', '周二', '周三', '周四', '周五', '周六'][new Date(`${date}T00:00:00Z`).getUTCDay()]);
    // Every working day at once, then one day by hand.
    await page.getByRole('spinbutton', { name: '每个工作日的号源数' }).fill('6');
    await page.getByRole('button', { name: '设为全部工作日' }).click();
    const rowCount = await page.locator('.days .el-table__row').count();
    await page.getByText(`本月合计 ${rowCount * 6} 个`).waitFor();
    await firstRow.locator('input').fill('20');
    await firstRow.locator('input').press('Tab');
    await page.getByRole('button', { name: '公布', exact: true }).click();
    await page.getByText('号源已公布').waitFor();
    await page.getByText(/最低 \d+ 个/).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'prison-publish.png'), fullPage: true });
    const [day] = await t.sql('select capacity from judicial.service_day where institution_id = $1 and date = $2', [DEMO_TENANTS.prison2.id, date]);
    expect(day.capacity).toBe(20);
    const published = await t.sql(
      `select count(*)::int as days, min(capacity) as least from judicial.service_day where institution_id = $1 and to_char(date, 'YYYY-MM') = $2 and capacity > 0`,
      [DEMO_TENANTS.prison2.id, month],
    );
    expect(published[0]).toEqual({ days: rowCount, least: 6 });
  }, 60_000);

  it('sign-in: wrong passwords are refused in plain words, then the wait is shown (no account lock, issue 19); English is one click away', async () => {
    const page = await newPage();
    await page.goto(`${origin}/prison/`);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('alert').getByText('请输入用户名和密码').waitFor();
    await page.locator('input[name=username]').fill('prison2.auditor');
    const tryPassword = async (attempt: number) => {
      await page.locator('input[name=password]').fill(`wrong-${attempt}`);
      await page.getByRole('button', { name: '登录', exact: true }).click();
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      await tryPassword(attempt);
      await page.getByRole('alert').getByText('用户名或密码错误').waitFor();
    }
    // After the free failures each wait doubles (1 s, 2 s, 4 s …): a slow browser may come after the first has
    // passed, so it tries until one attempt lands inside a wait (the fourth within 8 s at most).
    const waitShown = page.getByRole('alert').getByText(/请(\d+秒|稍)后再试/);
    for (let attempt = 3; !(await waitShown.isVisible()); attempt++) {
      if (attempt > 6) throw new Error('no wait shown after seven wrong passwords');
      await tryPassword(attempt);
      await waitShown.waitFor({ timeout: 5_000 }).catch(() => undefined);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'prison-login-locked.png') });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  }, 60_000);
});
