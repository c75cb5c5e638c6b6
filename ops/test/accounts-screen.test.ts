import { totpCodeNow } from '@rv/judicial';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo.js';
import { expectNoTokenInPage, passSecondFactor } from './support/browser.js';
import { givenPlatform, type TestPlatform } from './support/harness.js';

/**
 * Issue 15 in the browser: a unit's administrator opens an account on the Accounts tab and reads its
 * temporary password once; the new officer's first sign-in changes it; a new supervisor sets up the
 * authenticator from the QR screen's key; buttons show only where the administrator may act.
 */
let t: TestPlatform;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  t = await givenPlatform({ demo: { inmatesPerPrison: 2, detainees: 1 } });
  origin = new URL(t.platform.gateway.url).origin;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signInPage(portal: string, username: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(`${origin}/${portal}/`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  return page;
}

/** Opens an account on the Accounts tab; answers the temporary password the dialog shows once. */
async function openAccount(admin: Page, username: string, name: string, role: string): Promise<string> {
  await admin.locator('.create-account').click();
  await admin.locator('input[name=newUsername]').fill(username);
  await admin.locator('input[name=newDisplayName]').fill(name);
  await admin.locator('.el-dialog .el-checkbox', { hasText: role }).click();
  await admin.locator('.submit-account').click();
  const shown = admin.locator('.temporary-password code');
  await shown.waitFor({ state: 'visible' });
  const password = (await shown.textContent())!.trim();
  await admin.locator('.temporary-ok').click();
  await shown.waitFor({ state: 'hidden' });
  return password;
}

describe('issue 15: the Accounts screen and the staff sign-in steps', () => {
  it(
    'a prison admin opens a clerk; the clerk’s first sign-in changes the temporary password; a new supervisor sets up the authenticator',
    { timeout: 240_000 },
    async () => {
      const admin = await signInPage('prison', 'prison1.admin');
      await passSecondFactor(admin, 'prison1.admin');
      await admin.getByRole('tab', { name: '账户管理' }).click();
      await admin.locator('.accounts .el-table__row', { hasText: 'prison1.clerk' }).waitFor();
      await expectNoTokenInPage(admin); // issue 19: the session is the HttpOnly cookie only
      // Fellow administrators are shown without buttons: the province manages them.
      expect(await admin.locator('.accounts .el-table__row', { hasText: 'prison1.admin' }).getByRole('button').count()).toBe(0);
      expect(await admin.locator('.accounts .el-table__row', { hasText: 'prison1.clerk' }).getByRole('button', { name: '停用' }).count()).toBe(1);

      await admin.locator('.create-account').click();
      // A unit's administrator is not offered the administrator role.
      await admin.locator('.el-dialog .el-checkbox', { hasText: '受理员' }).waitFor();
      expect(await admin.locator('.el-dialog .el-checkbox', { hasText: '管理员' }).count()).toBe(0);
      await admin.locator('.el-dialog').getByRole('button', { name: '取消' }).click();
      const temporary = await openAccount(admin, 'screen.clerk', '屏幕测试受理员', '受理员');
      expect(temporary).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
      await admin.locator('.accounts .el-table__row', { hasText: 'screen.clerk' }).getByText('待修改临时密码').waitFor();

      const clerk = await signInPage('prison', 'screen.clerk', temporary);
      await clerk.getByText('首次登录请修改临时密码').waitFor();
      await clerk.locator('input[name=newPassword]').fill('Screen2026ok');
      await clerk.locator('input[name=repeatPassword]').fill('Screen2026ok');
      await clerk.getByRole('button', { name: '修改密码' }).click();
      await clerk.getByRole('tab').first().waitFor();
      await expectNoTokenInPage(clerk);
      // A clerk has no Accounts tab.
      expect(await clerk.getByRole('tab', { name: '账户管理' }).count()).toBe(0);

      const supervisorPassword = await openAccount(admin, 'screen.supervisor', '屏幕测试主管', '主管');
      const supervisor = await signInPage('prison', 'screen.supervisor', supervisorPassword);
      await supervisor.locator('input[name=newPassword]').fill('Screen2026sup');
      await supervisor.locator('input[name=repeatPassword]').fill('Screen2026sup');
      await supervisor.getByRole('button', { name: '修改密码' }).click();
      await supervisor.getByText('绑定身份验证器').waitFor();
      await supervisor.locator('img.qr').waitFor();
      const secret = (await supervisor.locator('.secret code').textContent())!.trim();
      await supervisor.locator('input[name=totp]').fill((await totpCodeNow(secret)) === '000000' ? '111111' : '000000');
      await supervisor.getByRole('button', { name: '绑定并登录' }).click();
      await supervisor.getByRole('alert').getByText('动态口令错误').waitFor();
      await supervisor.locator('input[name=totp]').fill(await totpCodeNow(secret));
      await supervisor.getByRole('button', { name: '绑定并登录' }).click();
      await supervisor.getByRole('tab').first().waitFor();
      await expectNoTokenInPage(supervisor);

      // Deactivated from the screen (its sessions end: accounts.test.ts proves the sockets close).
      await admin.locator('.accounts .el-table__row', { hasText: 'screen.supervisor' }).getByRole('button', { name: '停用' }).click();
      await admin.locator('.el-message-box').getByRole('button', { name: '停用' }).click();
      await admin.locator('.accounts .el-table__row', { hasText: 'screen.supervisor' }).getByText('已停用').waitFor();
      const [row] = await t.sql(
        `select active, must_change_password, totp_enrolled_at is not null as enrolled from judicial.account where username = 'screen.supervisor'`,
      );
      expect(row).toEqual({ active: false, must_change_password: false, enrolled: true });
    },
  );

  it('the province admin sees every unit’s administrators and is offered the administrator role for another unit', async () => {
    const province = await signInPage('province', 'province.admin');
    await passSecondFactor(province, 'province.admin');
    await province.getByRole('tab', { name: '账户管理' }).click();
    await province.locator('.accounts .el-table__row', { hasText: 'prison2.admin' }).waitFor();
    expect(await province.locator('.accounts .el-table__row', { hasText: 'prison2.clerk' }).count()).toBe(0);
    expect(await province.locator('.accounts .el-table__row', { hasText: 'prison2.admin' }).getByRole('button', { name: '重置密码' }).count()).toBe(1);
  });
});
