import { JanusConnection, JanusAdmin, seatToken, PARTY_LOST_MS, endExpiredMeetings, mediaGateway, purgeExpiredRecordings, resetMediaGateway } from '@rv/media';
import { execFileSync } from 'node:child_process';
import { chinaDate, clock } from '@rv/schema';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshJanusSecrets, mediaEnv, startJanus, type JanusOptions, type RunningJanus } from '../src/janus.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { jsonOf } from './support/keyed.js';
import { givenNetworkNamespace, type NetworkNamespace } from '../src/lab/netns.js';
import { givenMeetingBrowser, mediaStats } from '../src/lab/browser.js';
import { DEMO_TENANTS } from '../src/demo.js';
import { givenApprovedToday, givenCheckedIn } from './support/scenario.js';

let t: TestPlatform;
let ns: NetworkNamespace;
let janus: RunningJanus;
let janusOptions: JanusOptions;
const work = mkdtempSync(join(tmpdir(), 'rv-media-'));

beforeAll(async () => {
  ns = givenNetworkNamespace();
  janusOptions = {
    workDir: work,
    recordingsDir: join(work, 'recordings'),
    ...freshJanusSecrets(),
    wsIp: ns.namespaceIp,
    iceInterface: ns.namespaceIp,
    iceEnforceList: ns.namespaceVeth,
    netns: ns.name,
  };
  janus = await startJanus(janusOptions);
  Object.assign(process.env, mediaEnv(janus, janusOptions));
  await resetMediaGateway();
  t = await givenPlatform();
}, 60_000);

afterAll(async () => {
  await t?.close();
  await resetMediaGateway();
  await janus?.stop();
  ns?.close();
  rmSync(work, { recursive: true, force: true });
});

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
const START = 'mutation($id: ID!) { startMeeting(id: $id) { state secondsLeft endsAt } }';
const JOIN = 'mutation($id: ID!) { joinMeeting(id: $id) { janusUrl plugin room pin token feed seat } }';

/** An approved meeting at bureau1 for a prison1 inmate, moved to today, its visitor checked in and pledged (GD-29 / GD-30: only then may it start). */
async function givenMeetingToday(nth: number): Promise<string> {
  const application = await givenApprovedToday(t, nth);
  return givenCheckedIn(t, application.id);
}

/**
 * Joins the room the way a client does, without media: a publisher-type join with pin and token, on a
 * connection Janus's core admits with `coreToken` (the seat's own token unless said otherwise).
 */
async function tryJoin(room: string, pin: string, token: string, coreToken: string | null = token): Promise<Record<string, unknown>> {
  const connection = await JanusConnection.open(janus.wsUrl, 5000, coreToken ? { token: coreToken } : {});
  try {
    const handle = await connection.attach('janus.plugin.videoroom');
    return await connection.requestEvent(handle, { request: 'join', ptype: 'publisher', room: Number(room), pin, token, display: 'test' });
  } finally {
    await connection.close();
  }
}

describe('meetings in a real Janus videoroom', () => {
  it('YN-13 / GD-35: on its day staff open a private room, recorded with recording locked; seats per side; only pin and token holders join', async () => {
    const meetingId = await givenMeetingToday(3);
    expect(code(await t.gql(START, { id: meetingId }, await t.login('prison2.monitor')))).toBe('FORBIDDEN');
    const started = await t.gql(START, { id: meetingId }, await t.login('prison1.monitor'));
    expect(started.errors).toBeUndefined();
    expect(started.data.startMeeting).toMatchObject({ state: 'LIVE', secondsLeft: expect.any(Number) });
    expect(started.data.startMeeting.secondsLeft).toBeGreaterThan(24 * 60); // GD: 25 minutes
    expect(started.data.startMeeting.secondsLeft).toBeLessThanOrEqual(25 * 60);

    const visitorJoin = await t.gql(JOIN, { id: meetingId }, await t.login('bureau1.clerk'));
    expect(visitorJoin.errors, JSON.stringify(visitorJoin.errors)).toBeUndefined();
    const visitor = visitorJoin.data.joinMeeting;
    const subject = (await t.gql(JOIN, { id: meetingId }, await t.login('prison1.clerk'))).data.joinMeeting;
    const monitor = (await t.gql(JOIN, { id: meetingId }, await t.login('prison1.monitor'))).data.joinMeeting;
    expect([visitor.seat, subject.seat, monitor.seat]).toEqual(['VISITOR', 'SUBJECT', 'MONITOR']);
    expect(new Set([visitor.token, subject.token, monitor.token]).size).toBe(3);
    expect(visitor.janusUrl).toBe(janus.wsUrl);

    const admin = await JanusAdmin.connect(janus.wsUrl, janusOptions);
    try {
      const room = (await admin.list()).find((candidate) => String(candidate.room) === visitor.room);
      expect(room).toMatchObject({ pin_required: true, record: true, lock_record: true });
    } finally {
      await admin.close();
    }
    expect(existsSync(join(janusOptions.recordingsDir, meetingId))).toBe(true);

    expect(await tryJoin(visitor.room, visitor.pin, visitor.token)).toMatchObject({ videoroom: 'joined' });
    await expect(tryJoin(visitor.room, '000000', visitor.token)).rejects.toMatchObject({ code: 433 });
    await expect(tryJoin(visitor.room, visitor.pin, 'not-a-seat', visitor.token)).rejects.toMatchObject({ code: 433 });
  });

  it('issue 19: only the platform reaches Janus, and a monitor only watches: no credential, a forged or expired token, or a monitor publishing are refused', async () => {
    const meetingId = await givenMeetingToday(4);
    await t.gql(START, { id: meetingId }, await t.login('prison1.monitor'));
    const seatOf = async (login: string) => (await t.gql(JOIN, { id: meetingId }, await t.login(login))).data.joinMeeting;
    const [visitor, monitor] = [await seatOf('bureau1.clerk'), await seatOf('prison1.monitor')];
    // Janus's core: nothing without the API secret or a token the platform signed.
    await expect(JanusConnection.open(janus.wsUrl)).rejects.toMatchObject({ code: 403 });
    const [signed, mac] = visitor.token.split(':');
    await expect(
      JanusConnection.open(janus.wsUrl, 5000, { token: `${signed}:${mac.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A'))}` }),
    ).rejects.toMatchObject({ code: 403 });
    const expired = seatToken(janusOptions.tokenSecret, ['janus.plugin.videoroom'], new Date(Date.now() - 1_000));
    await expect(JanusConnection.open(janus.wsUrl, 5000, { token: expired })).rejects.toMatchObject({ code: 403 });
    await expect(
      JanusConnection.open(janus.wsUrl, 5000, { token: seatToken('not-the-secret', ['janus.plugin.videoroom'], new Date(Date.now() + 60_000)) }),
    ).rejects.toMatchObject({ code: 403 });
    // The monitor's token opens the videoroom, but its seat is not among the room's publishers.
    await expect(tryJoin(monitor.room, monitor.pin, monitor.token)).rejects.toMatchObject({ code: 433 });
    // Nor can it borrow a party's seat name without the party's token.
    await expect(tryJoin(monitor.room, monitor.pin, visitor.token.replace(/.$/, '0'), monitor.token)).rejects.toMatchObject({ code: 433 });
    // The parties' tokens still publish.
    expect(await tryJoin(visitor.room, visitor.pin, visitor.token)).toMatchObject({ videoroom: 'joined' });
  });

  it('YN-13 / SX-11 / GD-31 / GD-37: in Chromium both parties receive each other’s video and audio, a monitor receives both, and the streams are recorded', async () => {
    const meetingId = await givenMeetingToday(10);
    await t.gql(START, { id: meetingId }, await t.login('prison1.monitor'));
    const seatOf = async (login: string) => (await t.gql(JOIN, { id: meetingId }, await t.login(login))).data.joinMeeting;
    const browser = await givenMeetingBrowser(ns);
    try {
      const visitor = await browser.seat(await seatOf('bureau1.clerk'), true);
      const subject = await browser.seat(await seatOf('prison1.clerk'), true);
      const monitor = await browser.seat(await seatOf('prison1.monitor'), false);
      await eventually(async () => {
        for (const [page, publishers] of [
          [visitor, 1],
          [subject, 1],
          [monitor, 2],
        ] as const) {
          const stats = await mediaStats(page);
          expect(stats.errors).toEqual([]);
          expect(stats.receiverKinds.filter((kind) => kind === 'audio')).toHaveLength(publishers);
          expect(stats.receiverKinds.filter((kind) => kind === 'video')).toHaveLength(publishers);
          expect(stats.received.audio).toBeGreaterThan(0);
          expect(stats.received.video).toBeGreaterThan(0);
        }
      }, 20_000);
      const files = readdirSync(join(janusOptions.recordingsDir, meetingId));
      expect(files.filter((file) => file.endsWith('-audio-0.mjr'))).toHaveLength(2);
      expect(files.filter((file) => file.endsWith('-video-1.mjr'))).toHaveLength(2);
      await new Promise((resolve) => setTimeout(resolve, 2000)); // a few seconds of media on record
    } finally {
      await browser.close();
    }
    await t.gql(
      'mutation($id: ID!, $r: String!) { terminateMeeting(id: $id, ground: "OTHER", reason: $r) { state } }',
      { id: meetingId, r: '测试结束' },
      await t.login('prison1.supervisor'),
    );

    // YN-13: one playable file for the meeting: both sides' audio and video, checksummed, kept six months.
    const PLAY = 'query($id: ID!) { recording(meetingId: $id) { sha256 bytes durationSeconds streams retainUntil playbackUrl } }';
    const played = await eventually(async () => {
      const result = await t.gql(PLAY, { id: meetingId }, await t.login('prison1.supervisor'));
      if (code(result) === 'NOT_FOUND') throw new Error('not processed yet');
      return result.data.recording;
    }, 20_000);
    expect([...played.streams].sort()).toEqual(['audio/opus', 'audio/opus', 'video/vp8', 'video/vp8']);
    expect(played.durationSeconds).toBeGreaterThan(1);
    const [{ path }] = await t.sql('select path from media.recording where meeting_id = $1', [meetingId]);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(played.sha256);
    const probe = JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_type', '-of', 'json', path], { encoding: 'utf8' }));
    expect(probe.streams.map((stream: { codec_type: string }) => stream.codec_type).sort()).toEqual(['audio', 'audio', 'video', 'video']);
    expect(played.retainUntil > chinaDate(new Date(Date.now() + 170 * 86_400_000))).toBe(true);

    // GD-37: the file plays through the gateway with the query's ticket, with ranges for seeking; a forged or misused ticket gets nothing.
    const origin = new URL(t.platform.gateway.url).origin;
    const whole = await fetch(origin + played.playbackUrl);
    expect(whole.status).toBe(200);
    expect(
      createHash('sha256')
        .update(Buffer.from(await whole.arrayBuffer()))
        .digest('hex'),
    ).toBe(played.sha256);
    const part = await fetch(origin + played.playbackUrl, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(readFileSync(path).subarray(100, 200));
    expect((await fetch(origin + played.playbackUrl.replace(/ticket=.*/, 'ticket=forged'))).status).toBe(403);
    expect((await fetch(origin + played.playbackUrl.replace(/recordings\/[^?]+/, `recordings/${randomUUID()}`))).status).toBe(403);
    expect((await fetch(origin + played.playbackUrl, { method: 'DELETE' })).status).toBe(405);

    // GD-37: only authorised roles play it, and every playback is logged.
    expect(code(await t.gql(PLAY, { id: meetingId }, await t.login('bureau1.supervisor')))).toBe('FORBIDDEN');
    expect(code(await t.gql(PLAY, { id: meetingId }, await t.login('prison2.supervisor')))).toBe('FORBIDDEN');
    expect((await t.gql(PLAY, { id: meetingId }, await t.login('prisonBureau.supervisor'))).data.recording.sha256).toBe(played.sha256);
    // An auditor reads the trail and nothing else: not the recording itself, but who played it.
    expect(code(await t.gql(PLAY, { id: meetingId }, await t.login('prisonBureau.auditor')))).toBe('FORBIDDEN');
    const log = await t.gql(
      'query($id: ID!) { recordingAccessLog(meetingId: $id) { accountId tenantId at } }',
      { id: meetingId },
      await t.login('prison1.auditor'),
    );
    expect(log.data.recordingAccessLog.map((entry: { tenantId: string }) => entry.tenantId)).toEqual(
      expect.arrayContaining([DEMO_TENANTS.prison1.id, DEMO_TENANTS.prisonBureau.id]),
    );
    expect(log.data.recordingAccessLog).toHaveLength(2);

    // Past its retention the file goes; the record of it (and its checksum) stays.
    const em = t.platform.subgraphs.media.orm.em.fork();
    expect(await purgeExpiredRecordings(em, '2099-01-01')).toBeGreaterThanOrEqual(1);
    expect(existsSync(path)).toBe(false);
    expect(code(await t.gql(PLAY, { id: meetingId }, await t.login('prison1.supervisor')))).toBe('NOT_FOUND');
  }, 90_000);

  // CQ-4 (lawyer meetings: staff watch video only, no audio anywhere) is proven in lawyer-meeting.test.ts.

  it('YN-18: a side’s terminal goes dark mid-meeting → INTERRUPTED once its party has been gone for the grace period; the family gets a priority reschedule', async () => {
    const meetingId = await givenMeetingToday(13);
    await t.gql(START, { id: meetingId }, await t.login('prison1.monitor'));
    const seatOf = async (login: string) => (await t.gql(JOIN, { id: meetingId }, await t.login(login))).data.joinMeeting;
    const browser = await givenMeetingBrowser(ns);
    try {
      const visitor = await browser.seat(await seatOf('bureau1.clerk'), true);
      const subject = await browser.seat(await seatOf('prison1.clerk'), true);
      await eventually(async () => expect((await mediaStats(subject)).received.video).toBeGreaterThan(0), 20_000);
      // The meeting clock samples who publishes once a second: the visitor stays on for a few samples,
      // or the platform never learns it was on (media flows about a second after the seats are taken).
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const goneAt = Date.now();
      await visitor.close(); // the visitor side's terminal loses power
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const [stillLive] = await t.sql('select state from media.meeting where id = $1', [meetingId]);
      expect(stillLive.state).toBe('LIVE'); // a blip is not a failure
      const [row] = await eventually(async () => {
        const rows = await t.sql('select state, end_reason_key from media.meeting where id = $1', [meetingId]);
        expect(rows[0].state).toBe('INTERRUPTED');
        return rows;
      }, PARTY_LOST_MS + 15_000);
      expect(Date.now() - goneAt).toBeGreaterThan(PARTY_LOST_MS - 1500); // last seen at most a tick before
      expect(row.end_reason_key).toBe('platform.visitorSideLost'); // a key: screens translate it
    } finally {
      await browser.close();
    }
    await eventually(async () => {
      const [application] = await t.sql(
        `select a.status, a.reschedule_offered from judicial.application a join media.meeting m on m.application_id = a.id where m.id = $1`,
        [meetingId],
      );
      expect(application).toEqual({ status: 'INTERRUPTED', reschedule_offered: true });
    });
  }, 60_000);

  it('YN-18: a party’s terminal reports its media connection failed → INTERRUPTED at once, its own side named; monitors and other tenants cannot report', async () => {
    const meetingId = await givenMeetingToday(14);
    await t.gql(START, { id: meetingId }, await t.login('prison1.monitor'));
    const seat = (await t.gql(JOIN, { id: meetingId }, await t.login('prison1.clerk'))).data.joinMeeting;
    const REPORT = 'mutation($id: ID!) { reportConnectionLost(id: $id) { state endReason en: endReason(locale: "en") endReasonKeyed { key } } }';
    expect(code(await t.gql(REPORT, { id: meetingId }, await t.login('prison1.monitor')))).toBe('FORBIDDEN');
    expect(code(await t.gql(REPORT, { id: meetingId }, await t.login('prison2.clerk')))).toBe('FORBIDDEN');
    expect((await t.sql('select state from media.meeting where id = $1', [meetingId]))[0].state).toBe('LIVE');

    const reported = await t.gql(REPORT, { id: meetingId }, await t.login('prison1.clerk'));
    expect(reported.data.reportConnectionLost).toEqual({
      state: 'INTERRUPTED',
      endReason: '监所方连接中断',
      en: 'The institution’s connection was lost',
      endReasonKeyed: { key: 'platform.subjectSideLost' },
    });
    await expect(tryJoin(seat.room, seat.pin, seat.token)).rejects.toMatchObject({ code: 426 }); // the room went with it
    expect(code(await t.gql(REPORT, { id: meetingId }, await t.login('bureau1.clerk')))).toBe('CONFLICT');
    await eventually(async () => {
      const [application] = await t.sql(
        `select a.status, a.reschedule_offered from judicial.application a join media.meeting m on m.application_id = a.id where m.id = $1`,
        [meetingId],
      );
      expect(application).toEqual({ status: 'INTERRUPTED', reschedule_offered: true });
    });
  });

  it('GD-35: the meeting ends by itself at the pack’s limit; its room and seats go with it', async () => {
    const meetingId = await givenMeetingToday(4);
    await t.gql(START, { id: meetingId }, await t.login('bureau1.clerk'));
    const seat = (await t.gql(JOIN, { id: meetingId }, await t.login('bureau1.clerk'))).data.joinMeeting;
    const realNow = clock.now;
    try {
      clock.now = () => new Date(Date.now() + 25 * 60_000 + 1000);
      const em = t.platform.subgraphs.media.orm.em.fork();
      expect(await em.transactional((tx) => endExpiredMeetings(tx, mediaGateway()))).toBeGreaterThanOrEqual(1);
    } finally {
      clock.now = realNow;
    }
    const [row] = await t.sql('select state, pin, tokens from media.meeting where id = $1', [meetingId]);
    expect(row).toEqual({ state: 'ENDED', pin: null, tokens: null });
    // Nobody published, so no file appeared: the meeting says so once processed.
    await eventually(async () =>
      expect(
        (await t.gql('query($id: ID!) { meeting(id: $id) { recordingMissing } }', { id: meetingId }, await t.login('prison1.supervisor'))).data.meeting
          .recordingMissing,
      ).toBe(true),
    );
    await expect(tryJoin(seat.room, seat.pin, seat.token)).rejects.toMatchObject({ code: 426 }); // no such room
    expect(code(await t.gql(JOIN, { id: meetingId }, await t.login('bureau1.clerk')))).toBe('CONFLICT');
    // Judicial settles the booking: the meeting was held.
    await eventually(async () =>
      expect(
        (await t.sql('select a.status from judicial.application a join media.meeting m on m.application_id = a.id where m.id = $1', [meetingId]))[0].status,
      ).toBe('MET'),
    );
  });

  it('GD-31 / GD-32 / YN-26(6): warnings cite a GD-31 ground, are recorded with time, staff and reason and shown to both sides; the bureau terminates citing a ground', async () => {
    const meetingId = await givenMeetingToday(6);
    await t.gql(START, { id: meetingId }, await t.login('prison1.monitor'));
    const GROUNDS = 'query($id: ID!) { meeting(id: $id) { warnGrounds { code rule label needsText } stopGrounds { code } } }';
    const grounds = (await t.gql(GROUNDS, { id: meetingId }, await t.login('prison1.monitor'))).data.meeting;
    expect(grounds.warnGrounds).toEqual([
      { code: 'CODED_OR_FOREIGN_LANGUAGE', rule: 'GD-31', label: '使用隐语或外语交谈', needsText: false },
      { code: 'HARMFUL_TOPICS', rule: 'GD-31', label: '谈论有碍改造、戒治或涉及监狱、戒毒单位保密内容', needsText: false },
      { code: 'PHONE_OR_RECORDING', rule: 'GD-31', label: '未经批准使用手机等移动通讯设备，或录音、录像、照相', needsText: false },
      { code: 'OTHER', rule: 'GD-31', label: '其他违反会见管理规定的情形', needsText: true },
    ]);
    expect(grounds.stopGrounds.map((ground: { code: string }) => ground.code)).toEqual([
      'CODED_OR_FOREIGN_LANGUAGE',
      'HARMFUL_TOPICS',
      'PHONE_OR_RECORDING',
      'OTHER',
    ]);
    const WARN = 'mutation($id: ID!, $g: String!, $r: String) { warnMeeting(id: $id, ground: $g, reason: $r) { state } }';
    expect(code(await t.gql(WARN, { id: meetingId, g: 'CODED_OR_FOREIGN_LANGUAGE', r: null }, await t.login('bureau1.clerk')))).toBe('FORBIDDEN');
    const unknown = await t.gql(WARN, { id: meetingId, g: 'DISCUSSES_CASE', r: null }, await t.login('prison1.monitor'));
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'GD-31', messageKey: 'monitoring.notAGround' });
    const bare = await t.gql(WARN, { id: meetingId, g: 'OTHER', r: ' ' }, await t.login('prison1.monitor'));
    expect(bare.errors?.[0].extensions).toMatchObject({ rule: 'GD-31', messageKey: 'rule.otherNeedsText' });
    expect(await t.sql('select count(*)::int as n from media.meeting_warning where meeting_id = $1', [meetingId])).toEqual([{ n: 0 }]);
    await t.gql(WARN, { id: meetingId, g: 'HARMFUL_TOPICS', r: '谈论案情，予以警告' }, await t.login('prison1.monitor'));
    const seen = await t.gql(
      'query($id: ID!) { meeting(id: $id) { warnings { reason ground groundRule unitId givenBy givenAt } } }',
      { id: meetingId },
      await t.login('bureau1.clerk'),
    );
    expect(seen.data.meeting.warnings).toEqual([
      {
        reason: '谈论案情，予以警告',
        ground: 'HARMFUL_TOPICS',
        groundRule: 'GD-31',
        unitId: DEMO_TENANTS.prison1.id,
        givenBy: expect.any(String),
        givenAt: expect.any(String),
      },
    ]);
    const seat = (await t.gql(JOIN, { id: meetingId }, await t.login('bureau1.clerk'))).data.joinMeeting;

    const TERMINATE = `mutation($id: ID!, $g: String!, $r: String) { terminateMeeting(id: $id, ground: $g, reason: $r) {
      state endReason en: endReason(locale: "en") endReasonKeyed { key params rule } endGround endGroundRule terminatedBy } }`;
    const terminated = await t.gql(TERMINATE, { id: meetingId, g: 'OTHER', r: '会见人大声喧哗，不听劝阻' }, await t.login('bureau1.supervisor'));
    // Issue 14: kept by key (the pack's ground, the note as written, GD-31), read in either language.
    const why = { reason: { key: 'grounds.GD.OTHER' }, note: '会见人大声喧哗，不听劝阻' };
    expect(terminated.data.terminateMeeting).toMatchObject({
      state: 'TERMINATED',
      endReason: '其他违反会见管理规定的情形：会见人大声喧哗，不听劝阻',
      en: 'Another breach of the meeting rules: 会见人大声喧哗，不听劝阻',
      endReasonKeyed: { key: 'decision.withNote', params: jsonOf(why), rule: 'GD-31' },
      endGround: 'OTHER',
      endGroundRule: 'GD-31',
      terminatedBy: expect.any(String),
    });
    await expect(tryJoin(seat.room, seat.pin, seat.token)).rejects.toMatchObject({ code: 426 });
    await eventually(async () =>
      expect(
        (
          await t.sql(
            'select a.status, a.rejection_key, a.rejection_params from judicial.application a join media.meeting m on m.application_id = a.id where m.id = $1',
            [meetingId],
          )
        )[0],
      ).toEqual({ status: 'TERMINATED', rejection_key: 'decision.withNote', rejection_params: why }),
    );
  });

  it('GD-31 / YN-18: a monitor’s termination stays a termination when the clock’s supervisor finds the closed room gone before the termination is recorded', async () => {
    const meetingId = await givenMeetingToday(19);
    expect((await t.gql(START, { id: meetingId }, await t.login('prison1.monitor'))).errors).toBeUndefined();
    const [{ janus_room: room }] = await t.sql('select janus_room from media.meeting where id = $1', [meetingId]);
    // Janus closes this room, then the termination waits 2.5 s before it is recorded: the meeting clock's
    // supervisor (every second) meanwhile reads the meeting live and asks Janus for a room that is gone.
    const destroy = JanusAdmin.prototype.destroy;
    JanusAdmin.prototype.destroy = async function (this: JanusAdmin, id: number, secret: string) {
      await destroy.call(this, id, secret);
      if (id === Number(room)) await new Promise((resolve) => setTimeout(resolve, 2500));
    };
    try {
      const TERMINATE = 'mutation($id: ID!) { terminateMeeting(id: $id, ground: "OTHER", reason: "多次警告无效") { state endGround endGroundRule } }';
      const terminated = await t.gql(TERMINATE, { id: meetingId }, await t.login('prison1.monitor'));
      expect(terminated.data?.terminateMeeting, JSON.stringify(terminated.errors)).toEqual({ state: 'TERMINATED', endGround: 'OTHER', endGroundRule: 'GD-31' });
    } finally {
      JanusAdmin.prototype.destroy = destroy;
    }
    // One end recorded: the termination. No interruption, so no priority reschedule for the family (YN-18).
    const ends = await t.sql(
      `select topic from media.outbox where aggregate_id = $1 and topic in ('meeting.terminated', 'meeting.interrupted', 'meeting.ended') order by seq`,
      [meetingId],
    );
    expect(ends).toEqual([{ topic: 'meeting.terminated' }]);
    expect((await t.sql('select state, end_ground from media.meeting where id = $1', [meetingId]))[0]).toEqual({ state: 'TERMINATED', end_ground: 'OTHER' });
  });

  it('YN-16 / YN-20 / YN-22 / YN-17: a YN-22 topic is warned first and stops only after a warning; a YN-17 ground stops at once; the record keeps the ground', async () => {
    const TERMINATE = 'mutation($id: ID!, $g: String!) { terminateMeeting(id: $id, ground: $g) { state endGround endGroundRule } }';
    const WARN = 'mutation($id: ID!, $g: String!) { warnMeeting(id: $id, ground: $g) { state } }';
    const first = await givenMeetingToday(15);
    await t.sql(`update media.meeting set rule_pack = 'YN' where id = $1`, [first]); // given: under the YN pack
    await t.gql(START, { id: first }, await t.login('prison1.monitor'));
    const labels = (await t.gql('query($id: ID!) { meeting(id: $id) { warnGrounds { code rule label } } }', { id: first }, await t.login('prison1.monitor')))
      .data.meeting.warnGrounds;
    expect(labels.slice(1, 2)).toEqual([{ code: 'REFUSES_SUPERVISION', rule: 'YN-20', label: '不接受监视、监听和物品检查' }]);
    expect(labels.slice(4, 7)).toEqual([
      { code: 'DISCUSSES_CASE', rule: 'YN-22', label: '谈论案情' },
      { code: 'AGAINST_REFORM', rule: 'YN-22', label: '谈论不利于罪犯改造事项' },
      { code: 'ENDANGERS_CUSTODY', rule: 'YN-22', label: '谈论有碍监管安全内容' },
    ]);
    const early = await t.gql(TERMINATE, { id: first, g: 'DISCUSSES_CASE' }, await t.login('prison1.supervisor'));
    expect(early.errors?.[0].extensions).toMatchObject({ rule: 'YN-16', messageKey: 'monitoring.warnFirst' });
    expect(await t.sql('select state, end_ground from media.meeting where id = $1', [first])).toEqual([{ state: 'LIVE', end_ground: null }]);
    await t.gql(WARN, { id: first, g: 'DISCUSSES_CASE' }, await t.login('prison1.monitor'));
    const stopped = await t.gql(TERMINATE, { id: first, g: 'DISCUSSES_CASE' }, await t.login('prison1.supervisor'));
    expect(stopped.data.terminateMeeting).toEqual({ state: 'TERMINATED', endGround: 'DISCUSSES_CASE', endGroundRule: 'YN-22' });

    const second = await givenMeetingToday(16);
    await t.sql(`update media.meeting set rule_pack = 'YN' where id = $1`, [second]);
    await t.gql(START, { id: second }, await t.login('prison1.monitor'));
    const atOnce = await t.gql(TERMINATE, { id: second, g: 'CASE_COLLUSION' }, await t.login('prison1.supervisor'));
    expect(atOnce.data.terminateMeeting).toEqual({ state: 'TERMINATED', endGround: 'CASE_COLLUSION', endGroundRule: 'YN-17' });
    expect(await t.sql('select end_ground, end_ground_rule from media.meeting where id = $1', [second])).toEqual([
      { end_ground: 'CASE_COLLUSION', end_ground_rule: 'YN-17' },
    ]);
  });

  it('SX-10 / SX-8(3): coded language stops an SX meeting at once; OTHER without a written reason is refused', async () => {
    const sx = await givenMeetingToday(17);
    await t.sql(`update media.meeting set rule_pack = 'SX' where id = $1`, [sx]); // given: under the SX pack
    await t.gql(START, { id: sx }, await t.login('prison1.monitor'));
    const TERMINATE = 'mutation($id: ID!, $g: String!, $r: String) { terminateMeeting(id: $id, ground: $g, reason: $r) { state endGround endGroundRule } }';
    const bare = await t.gql(TERMINATE, { id: sx, g: 'OTHER', r: null }, await t.login('prison1.supervisor'));
    expect(bare.errors?.[0].extensions).toMatchObject({ rule: 'SX-10', messageKey: 'rule.otherNeedsText' });
    expect(await t.sql('select state from media.meeting where id = $1', [sx])).toEqual([{ state: 'LIVE' }]);
    const stopped = await t.gql(TERMINATE, { id: sx, g: 'CODED_LANGUAGE', r: null }, await t.login('prison1.supervisor'));
    expect(stopped.data.terminateMeeting).toEqual({ state: 'TERMINATED', endGround: 'CODED_LANGUAGE', endGroundRule: 'SX-8(3)' });
  });

  it('YN-23 / YN-25 / GD-35: a YN meeting in sign language needs a translator, flags sides with fewer than two staff, and staff cannot lengthen it on the spot', async () => {
    const yn = await givenMeetingToday(8);
    await t.sql(`update media.meeting set rule_pack = 'YN' where id = $1`, [yn]); // given: under the YN pack
    const START_IN =
      'mutation($id: ID!, $l: String!, $tr: Boolean!) { startMeeting(id: $id, language: $l, translatorPresent: $tr) { state language translatorPresent endsAt } }';
    const refused = await t.gql(START_IN, { id: yn, l: 'SIGN', tr: false }, await t.login('prison1.monitor'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'YN-23' });
    const started = (await t.gql(START_IN, { id: yn, l: 'SIGN', tr: true }, await t.login('prison1.monitor'))).data.startMeeting;
    expect(started).toMatchObject({ state: 'LIVE', language: 'SIGN', translatorPresent: true });

    const STAFFED = 'query($id: ID!) { meeting(id: $id) { understaffedSides } }';
    expect((await t.gql(STAFFED, { id: yn }, await t.login('prison1.monitor'))).data.meeting.understaffedSides).toEqual(['INSTITUTION', 'VENUE']);
    for (const login of ['prison1.monitor', 'prison1.supervisor', 'bureau1.monitor']) await t.gql(JOIN, { id: yn }, await t.login(login));
    expect((await t.gql(STAFFED, { id: yn }, await t.login('prison1.monitor'))).data.meeting.understaffedSides).toEqual(['VENUE']);

    // YN-27(3) / GD-35: staff on the spot cannot lengthen it (no such mutation: only a recorded approval does, below).
    const typed = await t.gql(
      'mutation($id: ID!) { extendMeeting(id: $id, minutes: 10, approvedBy: "张监狱长") { id } }',
      { id: yn },
      await t.login('prison1.supervisor'),
    );
    expect(code(typed)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await t.sql('select extended_minutes from media.meeting where id = $1', [yn]))[0]).toEqual({ extended_minutes: 0 });

    const gd = await givenMeetingToday(9);
    await t.gql(START, { id: gd }, await t.login('prison1.monitor'));
    // The screens offer lengthening only where the pack names an approver.
    const APPROVER = 'query($id: ID!) { meeting(id: $id) { extensionApprover } }';
    const monitor = await t.login('prison1.monitor');
    expect((await t.gql(APPROVER, { id: yn }, monitor)).data.meeting.extensionApprover).toBe('监狱长');
    expect((await t.gql(APPROVER, { id: gd }, monitor)).data.meeting.extensionApprover).toBeNull();
  });

  it('YN-14: the warden’s emergency approval of a longer meeting, recorded while the meeting is live, lengthens the live meeting by those minutes (once); a refused approval changes nothing', async () => {
    const application = await givenApprovedToday(t, 18);
    const id = await givenCheckedIn(t, application.id);
    // Given: under the YN pack (its emergency is a longer meeting, YN-14).
    await t.sql(`update judicial.application set rule_pack = 'YN' where id = $1`, [application.id]);
    await t.sql(`update media.meeting set rule_pack = 'YN' where id = $1`, [id]);
    const started = (await t.gql(START, { id }, await t.login('prison1.monitor'))).data.startMeeting;
    const APPROVE =
      'mutation($a: ID!, $m: Int) { approveEmergencyMeeting(applicationId: $a, reason: "母亲病危", extraMinutes: $m) { emergencyMinutes emergencyApproval { approvedBy } } }';
    const warden = await t.login('prison1.supervisor');

    const refused = await t.gql(APPROVE, { a: application.id, m: 61 }, warden);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'extraMinutes' });
    expect(await t.sql('select emergency_minutes from judicial.application where id = $1', [application.id])).toEqual([{ emergency_minutes: 0 }]);

    const approved = await t.gql(APPROVE, { a: application.id, m: 15 }, warden);
    expect(approved.errors, JSON.stringify(approved.errors)).toBeUndefined();
    const approvedBy = approved.data.approveEmergencyMeeting.emergencyApproval.approvedBy;
    await eventually(async () => {
      const [row] = await t.sql('select state, extended_minutes, extension_approved_by, ends_at from media.meeting where id = $1', [id]);
      expect(row).toMatchObject({ state: 'LIVE', extended_minutes: 15, extension_approved_by: approvedBy });
      expect(row.ends_at.getTime() - new Date(started.endsAt).getTime()).toBe(15 * 60_000);
    });
    // The same approval delivered again (or re-recorded) adds nothing more.
    await t.gql(APPROVE, { a: application.id, m: 15 }, warden);
    await new Promise((done) => setTimeout(done, 500));
    const [after] = await t.sql('select extended_minutes, ends_at from media.meeting where id = $1', [id]);
    expect(after.extended_minutes).toBe(15);
    expect(after.ends_at.getTime() - new Date(started.endsAt).getTime()).toBe(15 * 60_000);
  });

  it('without Janus a meeting reports MEDIA_UNAVAILABLE; when Janus is back the platform reconnects by itself', async () => {
    const meetingId = await givenMeetingToday(5);
    await janus.stop();
    const down = await t.gql(START, { id: meetingId }, await t.login('prison1.monitor'));
    expect(code(down)).toBe('MEDIA_UNAVAILABLE');
    const [row] = await t.sql('select state from media.meeting where id = $1', [meetingId]);
    expect(row.state).toBe('SCHEDULED');
    janus = await startJanus(janusOptions);
    const up = await t.gql(START, { id: meetingId }, await t.login('prison1.monitor'));
    expect(up.data?.startMeeting.state).toBe('LIVE');
  });

  it('YN-18: a hung Janus (SIGSTOP: the socket stays open) is noticed by request time-outs and its meetings interrupted', async () => {
    const meetingId = await givenMeetingToday(11);
    await t.gql(START, { id: meetingId }, await t.login('prison1.monitor'));
    process.kill(janus.process.pid!, 'SIGSTOP');
    try {
      await eventually(async () => {
        const [row] = await t.sql('select state from media.meeting where id = $1', [meetingId]);
        expect(row.state).toBe('INTERRUPTED');
      }, 30_000);
    } finally {
      process.kill(janus.process.pid!, 'SIGCONT');
    }
  }, 45_000);

  it('YN-18: Janus killed mid-meeting → INTERRUPTED with the minutes used; the family is told, the month given back and a priority reschedule offered', async () => {
    const meetingId = await givenMeetingToday(7);
    await t.gql(START, { id: meetingId }, await t.login('prison1.monitor'));
    janus.process.kill('SIGKILL');
    await eventually(async () => {
      const [row] = await t.sql('select state, end_reason_key from media.meeting where id = $1', [meetingId]);
      expect(row).toMatchObject({ state: 'INTERRUPTED', end_reason_key: 'platform.videoGatewayLost' }); // a key: screens translate it
    }, 20_000);
    await eventually(async () => {
      const [row] = await t.sql(
        `select a.status, a.reschedule_offered, (select used from judicial.monthly_allowance m where m.subject_id = a.subject_id and m.month = to_char(d.date, 'YYYY-MM')) as used,
          (select count(*)::int from judicial.sms_message s where s.application_id = a.id and s.kind = 'interrupted') as told
        from judicial.application a join judicial.service_day d on d.id = a.service_day_id join media.meeting m on m.application_id = a.id where m.id = $1`,
        [meetingId],
      );
      expect(row).toEqual({ status: 'INTERRUPTED', reschedule_offered: true, used: 0, told: 1 });
    });
  }, 40_000);
});
