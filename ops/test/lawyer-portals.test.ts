import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';

/** The lawyer's phone portal and the detention centre's desk (CQ-3, CQ-5), in Chromium against the built portals. */
const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
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

async function signedIn(portal: string, username: string, device: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'zh-CN', ...device })).newPage();
  await page.goto(`${origin}/${portal}/`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
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
    expect(await t.sql('select kind from detention.credential where entry_id = $1 order by kind', [entry.id])).toEqual([{ kind: 'FIRM_LETTER' }, { kind: 'POWER_OF_ATTORNEY' }, { kind: 'PRACTICE_CERTIFICATE' }]);

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
});
