import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { latinWords, passSecondFactor } from './support/browser.js';
import { givenApprovedToday, givenDayWithSlots, givenInmate, submit } from './support/scenario.js';

/**
 * Nothing in English inside the Chinese interface (issue 17): every portal's main screens, in
 * zh-CN, rendered with data in their tables, must show no Latin word outside the allow-list:
 * rule IDs (hints for staff), units and product names written in Latin letters in Chinese too.
 */
const ALLOWED = [
  /^(GD|YN|SX|CQ|GZ)-\d+$/, // rule IDs
  /^English$/, // the language switch, in the language it switches to
  /^(Excel|CSV)$/,
  /^(kB|MB|GB|px)$/, // file formats and units
  /^D\d{5}$/, // detainee numbers (IDs)
  /^[a-z][a-zA-Z]*\d*\.(clerk|reviewer|monitor|supervisor|auditor|admin)$/, // demo usernames on the Accounts screen (data, not words of the interface)
];

let t: TestPlatform;
let browser: Browser;
let origin: string;
/** The application the prison rejected (GD-23, about a visitor): its number, to find its card and its SMS. */
let rejectedNumber: string;
let rejectedId: string;

beforeAll(async () => {
  t = await givenPlatform();
  origin = new URL(t.platform.gateway.url).origin;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  // Rows in the tables: pending, approved, rejected and today's applications, and the SMS they sent.
  const proxy = await t.login('proxy');
  const day = await givenDayWithSlots(t, 4);
  const pending = await submit(t, proxy, { subjectId: await givenInmate(t, 'prison1', 3), serviceDayId: day.id, idempotencyKey: 'text-pending' });
  expect(pending.errors).toBeUndefined();
  const rejected = await submit(t, proxy, { subjectId: await givenInmate(t, 'prison1', 4), serviceDayId: day.id, idempotencyKey: 'text-rejected' });
  await eventually(async () => {
    const decided = await t.gql(
      'mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: false, reasonCode: "INVOLVED_IN_CASE", reasonAbout: VISITOR) { status } }',
      { id: rejected.data.submitApplication.id },
      await t.login('prison1.reviewer'),
    );
    if (decided.errors) throw new Error(JSON.stringify(decided.errors));
  });
  rejectedNumber = rejected.data.submitApplication.number;
  rejectedId = rejected.data.submitApplication.id;
  await givenApprovedToday(t, 5);
  await t.sql(`update judicial.sms_message set status = 'SENT', sent_at = now() where id = (select id from judicial.sms_message order by created_at limit 1)`);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** Everything a reader meets on the page: its visible text, the tab's title, placeholders, labels and tooltips. The signed-in account's name is a name. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const visible = (element: Element) => (element as HTMLElement).offsetParent !== null || element === document.body;
    const attributes = [...document.querySelectorAll('[placeholder], [aria-label], [title]')]
      .filter((element) => visible(element) && !element.closest('.layout-user'))
      .flatMap((element) => ['placeholder', 'aria-label', 'title'].map((name) => element.getAttribute(name) ?? ''));
    const account = document.querySelector<HTMLElement>('.layout-user')?.innerText ?? '';
    return [document.title, document.body.innerText.replace(account, ''), ...attributes].join('\n');
  });
}

/** Signs in to a staff portal and visits each tab the account has; the words found outside the allow-list, by screen. */
async function staffScreens(portal: string, username: string): Promise<Record<string, string[]>> {
  const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(`${origin}/${portal}/`);
  const found: Record<string, string[]> = { [`${portal} sign-in`]: latinWords(await shownText(page), ALLOWED) };
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await passSecondFactor(page, username);
  await page.getByRole('tab').first().waitFor();
  const tabs = await page.getByRole('tab').allTextContents();
  for (const [index, name] of tabs.entries()) {
    await page.getByRole('tab').nth(index).click();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    found[`${username} ${name.trim()}`] = latinWords(await shownText(page), ALLOWED);
  }
  await page.context().close();
  return Object.fromEntries(Object.entries(found).filter(([, words]) => words.length));
}

describe('no English inside the Chinese interface', () => {
  it('the family portal: home, public services, sign-in, every step of applying and my applications', async () => {
    const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true })).newPage();
    const found: Record<string, string[]> = {};
    const visit = async (screen: string) => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const words = latinWords(await shownText(page), ALLOWED);
      if (words.length) found[screen] = words;
    };
    for (const path of ['/', '/open-days', '/rules', '/lookup', '/notices', '/register', '/forgot-password', '/sign-in']) {
      await page.goto(`${origin}${path}`);
      await visit(path);
    }
    await page.locator('input[name=username]').fill('proxy');
    await page.locator('input[name=password]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(/\/apply\/relative$/);
    await visit('relative');
    await page.getByRole('radio').first().click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('button.cell').first().waitFor();
    await visit('day');
    await page.locator('button.cell:not([disabled])').first().click();
    await page.getByRole('button', { name: '下一步' }).click();
    await visit('place');
    await page.getByRole('radio').first().click();
    await page.getByRole('button', { name: '下一步' }).click();
    await visit('visitors');
    await page.getByRole('button', { name: '下一步' }).click();
    await visit('confirm');
    await page.goto(`${origin}/mine`);
    await page.locator('.application').first().waitFor();
    await visit('mine');
    expect(found).toEqual({});
  }, 90_000);

  it('the prison, detox centre, bureau, province, detention centre and lawyer portals: every tab of each role', async () => {
    const found = {
      ...(await staffScreens('prison', 'prison1.supervisor')),
      ...(await staffScreens('prison', 'prison1.reviewer')),
      ...(await staffScreens('detox', 'detox1.supervisor')),
      ...(await staffScreens('bureau', 'bureau1.clerk')),
      ...(await staffScreens('bureau', 'bureau1.supervisor')),
      ...(await staffScreens('province', 'province.supervisor')),
      ...(await staffScreens('province', 'province.admin')),
      // Issue 18: the detention centre's desk, and the lawyer's portal (meetings, booking, rating and complaints).
      ...(await staffScreens('detention', 'detention1.clerk')),
      ...(await staffScreens('lawyer', 'lawyer')),
    };
    expect(found).toEqual({});
  }, 240_000);
});

describe('a stored decision reads in the reader’s language (issue 14)', () => {
  it('GD-23 / GD-26: the family’s card and the bureau’s SMS log show the rejection from its key: Chinese by default, English on the switch, never both', async () => {
    // Stored by key with the applying pack's rule, never as words.
    await eventually(async () =>
      expect(await t.sql('select rejection_key, rejection_params, rejection_rule from judicial.application where id = $1', [rejectedId])).toEqual([
        { rejection_key: 'reason.visitor.INVOLVED_IN_CASE', rejection_params: {}, rejection_rule: 'GD-23' },
      ]),
    );
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${origin}/sign-in`);
    await page.locator('input[name=username]').fill('proxy');
    await page.locator('input[name=password]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(/\/apply\/relative$/);
    const card = () => page.locator('.application', { hasText: rejectedNumber }).locator('[data-test=rejection]');
    await page.goto(`${origin}/mine`);
    expect(await card().innerText()).toBe('驳回理由：与案件有牵连');
    await page.evaluate(() => localStorage.setItem('rv.locale', 'en'));
    await page.reload();
    expect(await card().innerText()).toBe('Reason: Involved in the subject’s case');
    await context.close();

    const staff = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } })).newPage();
    await staff.goto(`${origin}/bureau/`);
    await staff.locator('input[name=username]').fill('bureau1.clerk');
    await staff.locator('input[name=password]').fill(DEMO_PASSWORD);
    await staff.getByRole('button', { name: '登录', exact: true }).click();
    const smsOf = async (tab: string) => {
      await staff.getByRole('tab', { name: tab }).click();
      await staff.locator('input[name=smsSearch]').fill(rejectedNumber);
      const body = staff.locator('[data-test=sms-body]');
      await eventually(async () => expect(await body.count()).toBe(1));
      return body.innerText();
    };
    expect(await smsOf('短信记录')).toBe(`【远程会见】您的会见申请（编号${rejectedNumber}）未获批准，原因：与案件有牵连。`);
    await staff.evaluate(() => localStorage.setItem('rv.locale', 'en'));
    await staff.reload();
    expect(await smsOf('SMS log')).toBe(`Remote meetings: your application (no. ${rejectedNumber}) is not approved. Reason: Involved in the subject’s case.`);
    await staff.context().close();
  }, 90_000);
});
