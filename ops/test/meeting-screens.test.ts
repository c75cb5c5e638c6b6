import { resetMediaGateway } from '@rv/media';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo.js';
import { freshJanusSecrets, mediaEnv, startJanus, type RunningJanus } from '../src/janus.js';
import { launchChromiumIn } from '../src/lab/browser.js';
import { givenNetworkNamespace, type NetworkNamespace } from '../src/lab/netns.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { givenApprovedToday, givenCheckedIn } from './support/scenario.js';
import { passSecondFactor } from './support/browser.js';

/**
 * The meeting screens in Debian Chromium against a real Janus: the browser runs inside a network
 * namespace the test creates (fake camera and microphone); the gateway listens on the host end of
 * its veth, so nothing uses the machine's own address.
 */
const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const work = mkdtempSync(join(tmpdir(), 'rv-screens-'));
let ns: NetworkNamespace;
let janus: RunningJanus;
let t: TestPlatform;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  ns = givenNetworkNamespace();
  const options = {
    workDir: work,
    recordingsDir: join(work, 'recordings'),
    ...freshJanusSecrets(),
    wsIp: ns.namespaceIp,
    iceInterface: ns.namespaceIp,
    iceEnforceList: ns.namespaceVeth,
    netns: ns.name,
  };
  janus = await startJanus(options);
  Object.assign(process.env, mediaEnv(janus, options));
  await resetMediaGateway();
  t = await givenPlatform({ gatewayHost: ns.hostIp });
  origin = new URL(t.platform.gateway.url).origin;
  browser = await launchChromiumIn(ns, [origin]);
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
  await resetMediaGateway();
  await janus?.stop();
  ns?.close();
  rmSync(work, { recursive: true, force: true });
});

async function signedIn(portal: string, username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', permissions: ['camera', 'microphone'], viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${username}] page error:`, error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[${username}]`, message.text());
  });
  await page.goto(`${origin}/${portal}/`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await passSecondFactor(page, username);
  return page;
}

/** Opens the meeting room tab and this meeting's terminal (starting the meeting if nobody has). */
async function openTerminal(page: Page, number: string, button: string): Promise<void> {
  await page.getByRole('tab', { name: '会见室' }).click();
  await page.locator('.el-table__row', { hasText: number }).getByRole('button', { name: button }).click();
  if (button === '开始会见') await page.locator('.el-dialog').getByRole('button', { name: '开始会见' }).click(); // Mandarin, the default (YN-23)
  await page.locator('.terminal[data-state=LIVE]').waitFor({ timeout: 15_000 });
}

/** Waits until `count` <video>s show a picture (their width is 0 until frames arrive). */
async function showsPictures(page: Page, selector: string, count: number): Promise<void> {
  await eventually(async () => {
    const widths = await page.locator(selector).evaluateAll((videos) => videos.map((video) => (video as HTMLVideoElement).videoWidth));
    expect(widths).toHaveLength(count);
    expect(Math.min(...widths)).toBeGreaterThan(0);
  }, 20_000);
}

describe('meeting screens', () => {
  it('GD-35 / GD-31 / GD-32 / GD-37: the subject’s and the visitors’ terminals see each other with the countdown; the monitor wall shows both, warns and terminates citing GD-31 grounds, both terminals show it live; the supervisor plays the recording', async () => {
    const { id: applicationId, number } = await givenApprovedToday(t, 11);
    await givenCheckedIn(t, applicationId); // GD-29 / GD-30: checked in and pledged, so the meeting may start
    const subject = await signedIn('prison', 'prison1.clerk');
    await openTerminal(subject, number, '开始会见');
    await expect.poll(() => subject.locator('[data-test=countdown]').textContent()).toMatch(/^2[0-5]:\d\d$/); // GD: 25 minutes
    const visitors = await signedIn('bureau', 'bureau1.clerk');
    await openTerminal(visitors, number, '进入会见终端');

    for (const terminal of [subject, visitors]) await showsPictures(terminal, '.terminal video', 2); // the other side large, itself small
    await subject.screenshot({ path: join(SCREENSHOTS, 'meeting-terminal.png') });

    const monitor = await signedIn('prison', 'prison1.monitor');
    const tile = monitor.locator(`.tile[data-number="${number}"]`);
    await showsPictures(monitor, `.tile[data-number="${number}"] video`, 2); // both parties
    await expect.poll(() => tile.locator('.countdown').textContent()).toMatch(/^2[0-5]:\d\d$/);
    await monitor.screenshot({ path: join(SCREENSHOTS, 'monitor-wall.png') });
    expect(await tile.getByRole('button', { name: '延长会见' }).count()).toBe(0); // GD-35: nobody lengthens a GD meeting

    // GD-31: the monitor picks one of the pack's grounds; the written words go with it.
    await tile.getByRole('button', { name: '警告' }).click();
    await monitor.locator('.ground-dialog .ground-select').click();
    await monitor.locator('.el-select-dropdown__item:visible', { hasText: '谈论有碍改造、戒治或涉及监狱、戒毒单位保密内容' }).click();
    await monitor.locator('.ground-dialog .ground-reason input').fill('请勿谈论案情');
    await monitor.locator('.ground-dialog').getByRole('button', { name: '确定' }).click();
    for (const terminal of [subject, visitors]) await terminal.locator('.terminal .warning', { hasText: '请勿谈论案情' }).waitFor({ timeout: 10_000 });

    await tile.getByRole('button', { name: '终止会见' }).click();
    await monitor.locator('.ground-dialog .ground-select').click();
    await monitor.locator('.el-select-dropdown__item:visible', { hasText: '其他违反会见管理规定的情形' }).click();
    await monitor.locator('.ground-dialog .ground-reason input').fill('多次警告无效');
    await monitor.locator('.ground-dialog').getByRole('button', { name: '确定' }).click();
    for (const terminal of [subject, visitors]) {
      const ended = terminal.locator('.terminal[data-state=TERMINATED]');
      await ended.getByText('多次警告无效').waitFor({ timeout: 10_000 });
      await ended.getByText('已终止').waitFor();
    }
    await visitors.screenshot({ path: join(SCREENSHOTS, 'meeting-terminated.png') });
    await tile.waitFor({ state: 'detached', timeout: 10_000 }); // the wall shows live meetings only
    const [meeting] = await t.sql(
      'select id, state, end_reason_key, end_reason_params, end_ground, end_ground_rule from media.meeting where application_id = $1',
      [applicationId],
    );
    expect(meeting).toEqual({
      id: expect.any(String),
      state: 'TERMINATED',
      end_reason_key: 'decision.withNote',
      end_reason_params: { reason: { key: 'grounds.GD.OTHER' }, note: '多次警告无效' },
      end_ground: 'OTHER',
      end_ground_rule: 'GD-31',
    });
    expect(await t.sql('select ground, ground_rule, reason from media.meeting_warning where meeting_id = $1', [meeting.id])).toEqual([
      { ground: 'HARMFUL_TOPICS', ground_rule: 'GD-31', reason: '请勿谈论案情' },
    ]);

    // GD-37: the supervisor plays the recording in the browser; the playback is logged.
    await eventually(
      async () => expect((await t.sql('select count(*)::int as n from media.recording where meeting_id = $1', [meeting.id]))[0].n).toBe(1),
      30_000,
    );
    const supervisor = await signedIn('prison', 'prison1.supervisor');
    await supervisor.getByRole('tab', { name: '录像调阅' }).click();
    await supervisor.locator('.ran .el-table__row', { hasText: number }).getByRole('button', { name: '播放' }).click();
    const video = supervisor.locator('.player video');
    await eventually(async () => expect(await video.evaluate((element) => (element as HTMLVideoElement).duration)).toBeGreaterThan(1), 15_000);
    await supervisor.screenshot({ path: join(SCREENSHOTS, 'prison-recording.png') });
    const [played] = await t.sql(
      'select count(*)::int as n from media.recording_access a join media.recording r on r.id = a.recording_id where r.meeting_id = $1',
      [meeting.id],
    );
    expect(played.n).toBe(1);
    // Who may list recordings: the institution's supervisors, not another prison, not a clerk, not an auditor (the trail only).
    const LIST = 'query($d: String!) { recordedMeetings(date: $d) { id } }';
    const today = (await t.sql(`select to_char(now() at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as d`))[0].d;
    expect((await t.gql(LIST, { d: today }, await t.login('prison1.supervisor'))).data.recordedMeetings).toContainEqual({ id: meeting.id });
    expect((await t.gql(LIST, { d: today }, await t.login('prison1.auditor'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(LIST, { d: today }, await t.login('prison2.supervisor'))).data.recordedMeetings).not.toContainEqual({ id: meeting.id });
    expect((await t.gql(LIST, { d: today }, await t.login('prison1.clerk'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }, 150_000);
});
