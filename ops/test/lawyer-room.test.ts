import { resetMediaGateway } from '@rv/media';
import { chinaDate, clock } from '@rv/schema';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { DEMO_PASSWORD, DEMO_TENANTS } from '../src/demo.js';
import { freshJanusSecrets, mediaEnv, startJanus, type JanusOptions, type RunningJanus } from '../src/janus.js';
import { launchChromiumIn } from '../src/lab/browser.js';
import { givenNetworkNamespace, type NetworkNamespace } from '../src/lab/netns.js';
import { chooseOption, passSecondFactor } from './support/browser.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { givenStaffLogin } from './support/scenario.js';

/**
 * CQ-4 end to end through the portals: the lawyer joins from the lawyer portal on a phone, the
 * centre's room terminal seats the suspect from the detention portal, and staff of every role watch
 * from the detention portal's meeting room. Real Janus and Debian Chromium (fake camera and
 * microphone) in a network namespace the test creates (STACK.md); the gateway listens on its veth.
 */
const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const work = mkdtempSync(join(tmpdir(), 'rv-lawyer-room-'));
let ns: NetworkNamespace;
let janus: RunningJanus;
let options: JanusOptions;
let t: TestPlatform;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  ns = givenNetworkNamespace();
  options = {
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

/** Keeps every peer connection the page makes, so the test can read what it receives (installed before the app loads). */
function recordPeerConnections(): void {
  const made: RTCPeerConnection[] = [];
  const Native = globalThis.RTCPeerConnection;
  class Recorded extends Native {
    constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
      super(...args);
      made.push(this);
    }
  }
  Object.assign(globalThis, { RTCPeerConnection: Recorded, peerConnections: made });
}

interface PeerMedia {
  connections: number;
  /** Bytes received per kind, summed over every peer connection. */
  received: { audio: number; video: number };
  receiverKinds: string[];
  /** The m= lines Janus offered or answered (what the connection could carry at all). */
  remoteMedia: string[];
  localAudioTracks: number;
}

/** What the page's peer connections carry, from the browser's own WebRTC stats. */
function peerMedia(page: Page): Promise<PeerMedia> {
  return page.evaluate(async () => {
    const connections = (globalThis as unknown as { peerConnections: RTCPeerConnection[] }).peerConnections.filter((pc) => pc.connectionState !== 'closed');
    const received = { audio: 0, video: 0 };
    for (const pc of connections)
      for (const report of (await pc.getStats()).values())
        if (report.type === 'inbound-rtp') received[report.kind as 'audio' | 'video'] += report.bytesReceived;
    return {
      connections: connections.length,
      received,
      receiverKinds: connections.flatMap((pc) => pc.getReceivers().map((receiver) => receiver.track.kind)).sort(),
      remoteMedia: connections.flatMap((pc) => (pc.remoteDescription?.sdp.match(/^m=\w+/gm) ?? []).map((line) => line.slice(2))).sort(),
      localAudioTracks: connections.flatMap((pc) => pc.getSenders().filter((sender) => sender.track?.kind === 'audio')).length,
    };
  });
}

async function signedIn(portal: string, username: string, device: BrowserContextOptions = { viewport: { width: 1280, height: 800 } }): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', permissions: ['camera', 'microphone'], ...device });
  await context.addInitScript(recordPeerConnections);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000); // seven pages with cameras on two shared cores
  page.setDefaultNavigationTimeout(120_000);
  page.on('pageerror', (error) => console.error(`[${username}] page error:`, error.message));
  await page.goto(`${origin}/${portal}/`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await passSecondFactor(page, username);
  return page;
}

/** Opens the detention portal's meeting room on this staff member's page (the room terminal lands there). */
async function meetingRoom(page: Page, suspect: string): Promise<ReturnType<Page['locator']>> {
  await page.getByRole('tab', { name: '视频会见室' }).click();
  const row = page.locator('.room-meetings .el-table__row', { hasText: suspect });
  await row.waitFor({ timeout: 15_000 });
  return row;
}

/** CQ-4: a staff page's only connection is the watching stream: both parties' video, no audio receiver, no m=audio, no audio bytes, no microphone sent. */
async function watchesVideoOnly(page: Page, role: string): Promise<void> {
  const media = await peerMedia(page);
  expect(media.connections, role).toBe(1);
  expect(media.remoteMedia, role).toEqual(['video', 'video']); // Janus offered no m=audio at all
  expect(media.receiverKinds, role).toEqual(['video', 'video']);
  expect(media.received.video, role).toBeGreaterThan(0);
  expect(media.received.audio, role).toBe(0);
  expect(media.localAudioTracks, role).toBe(0);
}

/** The watching panel shows both parties' pictures (a <video>'s width is 0 until frames arrive). */
async function showsBothPictures(page: Page): Promise<void> {
  await eventually(async () => {
    const widths = await page.locator('.watch video').evaluateAll((videos) => videos.map((video) => (video as HTMLVideoElement).videoWidth));
    expect(widths).toHaveLength(2);
    expect(Math.min(...widths)).toBeGreaterThan(0);
  }, 20_000);
}

const began = Date.now();
/** Where the long scenario is, in the log (a time-out otherwise says nothing of where it stood). */
const step = (what: string) => console.info(`[lawyer-room ${((Date.now() - began) / 1000).toFixed(0)} s] ${what}`);

/** Every file under a folder, however deep. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

describe('CQ-4 lawyer meeting through the portals', () => {
  it('CQ-4 / CQ-14: the desk opens the arranged room; lawyer (phone) and suspect (room terminal) see and hear each other; monitor, clerk, reviewer, supervisor and admin watch video only (no audio receiver, no m=audio, no audio bytes); the lawyer’s alarm shows on the desk live; a violation stops the meeting and reaches the bureau; nothing with audio on disk', async () => {
    onTestFailed(async () => {
      // what each page showed, to see where it stood
      let index = 0;
      for (const context of browser.contexts())
        for (const page of context.pages())
          await page.screenshot({ path: join(SCREENSHOTS, `lawyer-room-failed-${index++}.png`), fullPage: true }).catch(() => undefined);
    });
    // A remote meeting booked by the lawyer, accepted and arranged by the desk for today (CQ-3, CQ-5, CQ-7, CQ-8 with the leader's approval for any day).
    await eventually(async () => expect((await t.sql('select count(*)::int as n from detention.lawyer where verified'))[0].n).toBeGreaterThan(0));
    const lawyerToken = await t.login('lawyer');
    const me = (await t.gql('{ me { id } }', {}, lawyerToken)).data.me.id;
    const desk = await t.login('detention1.supervisor');
    const [suspect] = await t.sql(`select id, name, id_number from detention.suspect where suspect_number = 'K00001'`);
    // The assistant comes with the assistant's own CQ-2 documents (firm letter, intern card): the only other person who may be present (CQ-14).
    const assistant = '实习律师赵某';
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
          credentials: [
            ...['PRACTICE_CERTIFICATE', 'FIRM_LETTER', 'POWER_OF_ATTORNEY'].map((kind) => ({ holder: me, kind, reference: '15001201910000001' })),
            { holder: assistant, kind: 'FIRM_LETTER', reference: '渝律函〔2026〕12号' },
            { holder: assistant, kind: 'INTERN_CARD', reference: 'SX2026001' },
          ],
          companions: [{ role: 'ASSISTANT', name: assistant }],
        },
      },
      lawyerToken,
    );
    expect(booked.errors).toBeUndefined();
    const entryId = booked.data.bookLawyerMeeting.id;
    expect((await t.gql('mutation($e: ID!) { acceptLawyerBooking(entryId: $e) { status } }', { e: entryId }, desk)).data?.acceptLawyerBooking).toEqual({
      status: 'WAITING',
    });
    const rooms: { id: string; kind: string }[] = (await t.gql('{ meetingRooms { id kind } }', {}, desk)).data.meetingRooms;
    const startsAt = new Date(`${chinaDate(clock.now())}T10:00:00+08:00`).toISOString();
    const arranged = await t.gql(
      'mutation($e: ID!, $r: ID!, $at: DateTimeISO!, $l: String) { arrangeQueueEntry(entryId: $e, roomId: $r, startsAt: $at, leaderApproval: $l) { status } }',
      { e: entryId, r: rooms.find((room) => room.kind === 'VIDEO')!.id, at: startsAt, l: '王所长（值班领导）' },
      desk,
    );
    expect(arranged.data?.arrangeQueueEntry ?? arranged.errors).toEqual({ status: 'ARRANGED' });
    const [meeting] = await eventually(async () => {
      const rows = await t.sql(`select id from media.meeting where application_id = $1`, [entryId]);
      expect(rows).toHaveLength(1);
      return rows;
    });

    step('arranged');
    // Every role of the centre's staff signs in first, while the machine is quiet (pages with cameras on are heavy).
    const others: { role: string; page: Page }[] = [];
    for (const [role, username] of [
      ['INTAKE_CLERK', 'detention1.clerk'],
      ['SUPERVISOR', 'detention1.supervisor'],
      ['ADMIN', 'detention1.admin'],
      ['REVIEWER', await givenStaffLogin(t, 'DETENTION_CENTRE', DEMO_TENANTS.detention1.id, ['REVIEWER'])],
    ] as const) {
      const page = await signedIn('detention', username);
      await meetingRoom(page, suspect.name);
      others.push({ role, page });
    }
    step('staff signed in');
    // The monitor opens the room from the desk and watches (CQ-4: every person of the staff gets the video-only stream).
    const monitor = await signedIn('detention', 'detention1.monitor');
    const monitorRow = await meetingRoom(monitor, suspect.name);
    await monitorRow.getByText(assistant).waitFor(); // who may be present besides the lawyer (CQ-14)
    await monitorRow.getByRole('button', { name: '开启会见室' }).click();
    await monitorRow.getByText('进行中').waitFor({ timeout: 15_000 });
    step('room open');
    // The suspect's side: the room's terminal (a device account) has only the room, and seats the suspect.
    const terminal = await signedIn('detention', await givenStaffLogin(t, 'DETENTION_CENTRE', DEMO_TENANTS.detention1.id, ['ROOM_TERMINAL']));
    expect(await terminal.getByRole('tab').allTextContents()).toEqual(['视频会见室']);
    await (await meetingRoom(terminal, '进行中')).getByRole('button', { name: '在押人员入座' }).click();
    step('suspect seated');
    // The lawyer's side, from the phone.
    const phone = await signedIn('lawyer', 'lawyer', PHONE);
    await phone.locator('.meeting', { hasText: suspect.name }).getByRole('button', { name: '进入视频会见' }).click();

    step('lawyer in the room');
    await monitorRow.getByRole('button', { name: '监看画面' }).click();
    await eventually(async () => {
      for (const [side, page] of [
        ['lawyer', phone],
        ['suspect', terminal],
      ] as const) {
        const media = await peerMedia(page);
        expect(media.received.audio, side).toBeGreaterThan(0); // the lawyer and the suspect hear each other
        expect(media.received.video, side).toBeGreaterThan(0);
      }
      await watchesVideoOnly(monitor, 'MONITOR');
    }, 60_000);
    step('parties hear each other, monitor video only');
    await showsBothPictures(monitor);
    // Every other role of the centre's staff (signed in before the cameras started), one after another: video only too.
    for (const { role, page } of others) {
      await (await meetingRoom(page, suspect.name)).getByRole('button', { name: '监看画面' }).click();
      await eventually(() => watchesVideoOnly(page, role), 60_000);
      await showsBothPictures(page);
      await page.context().close();
      step(`${role} watched video only`);
    }
    step('every role watched');
    // CQ-4: the lawyer raises an alarm; the monitor's open page shows it on the meeting, live.
    await phone.getByRole('button', { name: '突发疾病' }).click();
    await phone.getByRole('button', { name: '立即报警' }).click();
    await monitorRow.getByText('律师报警：突发疾病').waitFor({ timeout: 15_000 });
    await monitor.locator('.alarms', { hasText: '律师报警：突发疾病' }).waitFor();

    step('alarm seen');
    // CQ-14: the monitor stops the meeting for a violation; it is recorded and sent to the justice bureau.
    await monitorRow.getByRole('button', { name: '违规停止会见' }).click();
    await chooseOption(monitor, monitor.locator('.stop-dialog .ground-select'), '在会见场所吸烟');
    await monitor.locator('.stop-dialog textarea[name=details]').fill('律师在会见中吸烟，经制止无效');
    await monitor.locator('.stop-dialog').getByRole('button', { name: '停止会见并通报司法局' }).click();
    // The stop travels as an event (detention → media): first the meeting ends, then both screens say so live.
    await eventually(async () => {
      const problem = (await monitor.locator('.stop-dialog [role=alert]').allTextContents()).join(' ');
      expect(await t.sql('select state, end_ground, end_ground_rule from media.meeting where id = $1', [meeting.id]), problem).toEqual([
        { state: 'TERMINATED', end_ground: 'SMOKING', end_ground_rule: 'CQ-14' },
      ]);
    }, 30_000);
    await monitorRow.getByText('已终止').waitFor({ timeout: 30_000 });
    await phone.locator('.party-room[data-state=TERMINATED]').waitFor({ timeout: 30_000 });
    expect(await t.sql('select bureau_id, ground, ground_rule, details, status from judicial.lawyer_violation where booking_id = $1', [entryId])).toEqual([
      { bureau_id: DEMO_TENANTS.bureau1.id, ground: 'SMOKING', ground_rule: 'CQ-14', details: '律师在会见中吸烟，经制止无效', status: 'REPORTED' },
    ]);
    expect(await t.sql('select kind, rule from media.meeting_alarm where meeting_id = $1', [meeting.id])).toEqual([{ kind: 'SUDDEN_ILLNESS', rule: 'CQ-4' }]);

    step('stopped');
    // CQ-4: nothing with audio written to disk: the recording holds the forwarded video only.
    const [recording] = await eventually(async () => {
      const rows = await t.sql('select streams from media.recording where meeting_id = $1', [meeting.id]);
      expect(rows).toHaveLength(1);
      return rows;
    }, 30_000);
    expect(recording.streams).toEqual(['video/vp8', 'video/vp8']);
    const files = filesUnder(options.recordingsDir);
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.filter((file) => /audio|\.opus$|\.wav$|\.mp3$|\.ogg$|\.aac$|\.m4a$/i.test(file))).toEqual([]);
    for (const file of files) {
      if (file.endsWith('.mjr')) {
        // Janus's own files: their header says what they hold ("t": "v" is video)
        expect(JSON.parse(execFileSync('janus-pp-rec', ['-j', file], { encoding: 'utf8' }).trim().split('\n').pop()!), file).toMatchObject({ t: 'v' });
        continue;
      }
      const probe = JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_type', '-of', 'json', file], { encoding: 'utf8' }));
      expect(
        probe.streams.map((stream: { codec_type: string }) => stream.codec_type),
        file,
      ).not.toContain('audio');
    }
  }, 600_000);
});
