import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TENANTS } from '../src/demo.js';
import { passSecondFactor } from './support/browser.js';
import { eventually, givenPlatform, outboxLag, type TestPlatform } from './support/harness.js';
import { residentIdNumber } from './support/scenario.js';

/**
 * Issue 15 in the browser: a prison's administrator imports a roster file on the roster tab (a file with
 * bad rows names every bad row and column and changes nothing; a good file shows its progress, then
 * the result), and the auditor finds that work on the trail by person, unit and period, and exports it;
 * the province's administrator adds and renames a prison's wards on the units screen.
 */
let t: TestPlatform;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  t = await givenPlatform({ demo: { inmatesPerPrison: 2, detainees: 1 } });
  origin = new URL(t.platform.gateway.url).origin;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedIn(portal: string, username: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 }, acceptDownloads: true })).newPage();
  await page.goto(`${origin}/${portal}/`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await passSecondFactor(page, username);
  return page;
}

const HEADER = '罪犯编号,姓名,身份证号码,监区,处遇级别,罪名类别,外籍或无国籍';
/** A roster line; `person` picks a distinct, valid ID number (a birth year and a three-digit sequence). */
const row = (number: string, name: string, person: number, ward: number | string, level = '普管级') =>
  [number, name, residentIdNumber('440106', `${1950 + Math.floor(person / 900)}0101`, 100 + (person % 900)), ward, level, '普通', '否'].join(',');
const csv = (lines: string[]) => ({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`) });
const prisonId = DEMO_TENANTS.prison1.id;
const inmateCount = async () => (await t.sql('select count(*)::int as n from prison.inmate where prison_id = $1', [prisonId]))[0].n as number;

/** The rows of the visible errors table: [row, column, reason]. */
const errorTable = (page: Page) =>
  page
    .locator('.roster .errors .el-table__body tr')
    .evaluateAll((rows) => rows.map((tr) => [...tr.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')));

describe('issue 15: the roster import screen', () => {
  it('a file with bad rows: every bad row and column is named and nothing changes; a good file: progress, then done', { timeout: 300_000 }, async () => {
    const page = await signedIn('prison', 'prison1.admin');
    await page.getByRole('tab', { name: '名册导入与同步', exact: true }).click();
    const before = await inmateCount();

    await page
      .locator('input[name=rosterFile]')
      .setInputFiles(
        csv([
          row('T900001', '好人甲', 1, 1),
          row('T900002', '坏监区', 2, 99),
          row('T900003', '', 3, 1),
          row('T900004', '坏级别', 4, 1, '特管级'),
          row('T900005', '好人乙', 5, 2),
        ]),
      );
    await page.locator('button[name=startImport]').click();
    await page.getByText('错误（共3处）').waitFor({ timeout: 60_000 });
    const errors = await errorTable(page);
    expect(errors.map(([line, column]) => [line, column])).toEqual([
      ['3', '监区'],
      ['4', '姓名'],
      ['5', '处遇级别'],
    ]);
    expect(errors[0][2]).toBe('本监狱没有第99监区');
    expect(errors[1][2]).toBe('不能为空');
    expect(errors[2][2]).toMatch(/^应为以下之一：/);
    await page
      .locator('.roster .progress .el-alert')
      .getByText(/^未导入：新增0，更新0，未变0，退回3$/)
      .waitFor();
    // Refused as a whole: not even the good rows are in.
    expect(await inmateCount()).toBe(before);
    expect(await t.sql(`select inmate_number from prison.inmate where inmate_number like 'T9%'`)).toEqual([]);

    // A good file of 2,500 rows: the bar moves (uploading, then rows written) and ends with the counts.
    const good = Array.from({ length: 2_500 }, (_, i) => row(`T8${String(i).padStart(5, '0')}`, `导入${i}`, 100 + i, (i % 2) + 1));
    await page.locator('input[name=rosterFile]').setInputFiles(csv(good));
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.roster .progress')?.textContent?.trim();
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.locator('button[name=startImport]').click();
    const result = page.locator('.roster .progress .el-alert');
    await expect
      .poll(async () => ((await result.count()) ? (await result.first().textContent())?.trim() : await page.locator('.roster .progress').textContent()), {
        timeout: 170_000,
        interval: 1_000,
      })
      .toBe('已完成：新增2500，更新0，未变0，退回0');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(
      seen.some((text) => /正在(上传|导入)/.test(text)),
      seen.join(' | '),
    ).toBe(true);
    const percents = seen.map((text) => Number(text.match(/(\d+)%/)?.[1] ?? NaN)).filter((value) => !Number.isNaN(value));
    expect(percents.at(-1)).toBe(100);
    expect(await inmateCount()).toBe(before + 2_500);
    expect(await t.sql(`select status, created_count from prison.roster_import where file_name = 'roster.csv' order by created_at`)).toEqual([
      { status: 'REFUSED', created_count: 0 },
      { status: 'DONE', created_count: 2500 },
    ]);
    // The import appears in the history below with its counts.
    await page.locator('.roster .imports .el-table__row').filter({ hasText: '2500 / 0 / 0 / 0' }).waitFor();
  });
});

describe('issue 15: the auditor’s trail screen', () => {
  it('searches by person, unit and period with totals, and exports the search as CSV', { timeout: 120_000 }, async () => {
    // Something of prison1.admin's on the trail besides the imports: an account opened.
    const admin = await t.login('prison1.admin');
    const opened = await t.gql(
      `mutation { createStaffAccount(input: { username: "trail.clerk", displayName: "审计测试", tenantKind: "PRISON", tenantId: "${prisonId}", roles: ["INTAKE_CLERK"] }) { account { id } } }`,
      {},
      admin,
    );
    expect(opened.errors).toBeUndefined();
    await eventually(async () =>
      expect(
        await t.sql(`select 1 from judicial.audit_record where action = 'createStaffAccount' and entity_id = $1`, [opened.data.createStaffAccount.account.id]),
      ).toHaveLength(1),
    );
    // The earlier tests' imports reach the trail by events; count once every event has been consumed.
    await eventually(async () => expect(await outboxLag(t.sql)).toEqual([]), 60_000);
    const [{ total: adminTotal }] = await t.sql(
      `select count(*)::int as total from judicial.audit_record r join judicial.account a on a.id = r.account_id where a.username = 'prison1.admin'`,
    );
    const [{ total: unitTotal }] = await t.sql('select count(*)::int as total from judicial.audit_record where tenant_id = $1', [prisonId]);

    const page = await signedIn('province', 'province.auditor');
    await page.getByRole('tab', { name: '审计日志', exact: true }).click();
    const total = page.locator('.audit-trail .total');
    await page.locator('input[name=auditUsername]').fill('prison1.admin');
    await page.locator('.audit-trail button.search').click();
    await expect.poll(() => total.textContent()).toBe(`共 ${adminTotal} 条`);
    await page.locator('.audit-trail .records .el-table__row', { hasText: 'createStaffAccount' }).first().waitFor();
    const people = await page.locator('.audit-trail .records .el-table__row td:nth-child(3)').allTextContents();
    expect(new Set(people.map((text) => text.trim()))).toEqual(new Set(['prison1.admin']));

    // By unit, then a period before anything happened.
    await page.locator('input[name=auditUsername]').fill('');
    await page.locator('input[name=auditUnit]').fill(prisonId);
    await page.locator('.audit-trail button.search').click();
    await expect.poll(() => total.textContent()).toBe(`共 ${unitTotal} 条`);
    await page.locator('.audit-trail .el-date-editor input').first().fill('2020-01-01');
    await page.locator('.audit-trail .el-date-editor input').nth(1).fill('2020-01-31');
    await page.locator('.audit-trail .el-date-editor input').nth(1).press('Enter');
    await page.locator('.audit-trail button.search').click();
    await expect.poll(() => total.textContent()).toBe('共 0 条');

    // Today's period again, and the export holds the same records.
    await page.locator('.audit-trail').getByRole('button', { name: '重置', exact: true }).click();
    await page.locator('input[name=auditUsername]').fill('prison1.admin');
    await page.locator('.audit-trail button.search').click();
    await expect.poll(() => total.textContent()).toBe(`共 ${adminTotal} 条`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.audit-trail button.export').click()]);
    const text = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('seq,occurredAt,username,accountId,tenantKind,tenantId,roles,action,operation,entityType,entityId,before,after,hash');
    expect(lines).toHaveLength(adminTotal + 1);
    expect(lines.slice(1).every((line) => line.split(',')[2] === '"prison1.admin"')).toBe(true);
    expect(lines.some((line) => line.includes('"createStaffAccount"'))).toBe(true);
  });
});

describe('issue 15: wards on the province’s units screen', () => {
  it('the province admin adds a ward to a prison and renames another; the prison’s roster can then use it', { timeout: 120_000 }, async () => {
    const page = await signedIn('province', 'province.admin');
    await page.getByRole('tab', { name: '单位管理', exact: true }).click();
    await page.locator('.units .el-table__row', { hasText: DEMO_TENANTS.prison2.name }).getByRole('button', { name: '监区', exact: true }).click();
    const dialog = page.locator('.el-dialog', { hasText: `${DEMO_TENANTS.prison2.name}的监区` });
    await dialog.locator('.parts .el-table__row').first().waitFor();
    await dialog.locator('input[name=partNumber]').fill('88');
    await dialog.locator('input[name=partNumber]').press('Tab');
    await dialog.locator('input[name=partName]').fill('八十八监区');
    await dialog.getByRole('button', { name: '添加', exact: true }).click();
    await dialog.locator('input[name=partName88]').waitFor();
    expect(await dialog.locator('input[name=partName88]').inputValue()).toBe('八十八监区');
    await dialog.locator('input[name=partName1]').fill('一监区（新楼）');
    await dialog
      .locator('.parts .el-table__row', { has: page.locator('input[name=partName1]') })
      .getByRole('button', { name: '保存', exact: true })
      .click();
    await eventually(async () =>
      expect(await t.sql('select number, name from prison.ward where prison_id = $1 and number in (1, 88) order by number', [DEMO_TENANTS.prison2.id])).toEqual(
        [
          { number: 1, name: '一监区（新楼）' },
          { number: 88, name: '八十八监区' },
        ],
      ),
    );
  });
});
