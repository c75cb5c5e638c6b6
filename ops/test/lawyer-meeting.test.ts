import { recordLawyerArrangement } from '@rv/judicial';
import { JanusAdmin, JanusConnection, resetMediaGateway, scheduleArrangedMeeting } from '@rv/media';
import { chinaDate, clock, type Identity } from '@rv/schema';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshJanusSecrets, mediaEnv, startJanus, type JanusOptions, type RunningJanus } from '../src/janus.js';
import { givenMeetingBrowser, mediaStats } from '../src/lab/browser.js';
import { givenNetworkNamespace, type NetworkNamespace } from '../src/lab/netns.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { DEMO_TENANTS } from '../src/demo.js';
import { givenPrison, givenStaff, tokenFor } from './support/scenario.js';

/**
 * CQ-4: a remote lawyer meeting is watched for safety, never listened to. Real Janus in a network
 * namespace the test creates, real Chromium inside it (STACK.md); the meeting is arranged directly
 * in media, as the detention centre's arrangement event does.
 */
let t: TestPlatform;
let ns: NetworkNamespace;
let janus: RunningJanus;
let janusOptions: JanusOptions;
const work = mkdtempSync(join(tmpdir(), 'rv-lawyer-'));

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
const START = 'mutation($id: ID!) { startMeeting(id: $id) { state kind bookedMinutes secondsLeft } }';
const JOIN = 'mutation($id: ID!) { joinMeeting(id: $id) { janusUrl plugin room pin token feed seat } }';
/** Every role a person on a detention centre's staff can hold. */
const PERSON_ROLES = ['INTAKE_CLERK', 'REVIEWER', 'MONITOR', 'SUPERVISOR', 'ADMIN'] as const;

interface Centre {
  id: string;
  staff: Record<(typeof PERSON_ROLES)[number] | 'AUDITOR' | 'ROOM_TERMINAL', string>;
}

async function givenCentre(): Promise<Centre> {
  const id = randomUUID();
  const staff = {} as Centre['staff'];
  for (const role of [...PERSON_ROLES, 'AUDITOR', 'ROOM_TERMINAL'] as const) staff[role] = await givenStaff(t, 'DETENTION_CENTRE', id, role);
  return { id, staff };
}

/** A lawyer's account (CQ: public, no tenant) and its token. */
async function givenLawyer(): Promise<{ id: string; token: string }> {
  const [row] = await t.sql(`insert into judicial.account (id, username, password_hash, display_name, roles)
    values (gen_random_uuid(), 'lawyer-' || substr(md5(random()::text), 1, 10), 'scrypt$16384$x$y', '测试律师', '{LAWYER}') returning id`);
  return { id: row.id, token: await tokenFor({ accountId: row.id, tenantKind: null, tenantId: null, roles: ['LAWYER'] } as Identity) };
}

/** A lawyer meeting arranged today at the centre, as the centre's arrangement event makes it (CQ-3): media's meeting and judicial's record of it. */
async function givenLawyerMeetingToday(centre: Centre, lawyers: string[], minutes = 30): Promise<string> {
  const arranged = {
    bookingId: randomUUID(),
    kind: 'LAWYER' as const,
    status: 'ARRANGED' as const,
    institutionId: centre.id,
    venueId: centre.id,
    subjectKind: 'SUSPECT' as const,
    date: chinaDate(clock.now()),
    minutes,
    rulePack: 'GD',
    counselAccountIds: lawyers,
  };
  const em = t.platform.subgraphs.media.orm.em.fork();
  const meeting = await em.transactional((tx) => scheduleArrangedMeeting(tx, arranged));
  await t.platform.subgraphs.judicial.orm.em.fork().transactional((tx) => recordLawyerArrangement(tx, arranged));
  return meeting!.id;
}

/** A publisher-type join; Janus's core admits the connection only with a seat's signed token (`coreToken`). */
/** A watching seat's Janus token opens the streaming plugin and nothing else (issue 19). */
const STREAMING_ONLY = expect.stringMatching(/^\d+,janus,janus\.plugin\.streaming,seat-[0-9a-f]+:/);

async function tryJoin(room: string, pin: string, token: string | null, coreToken = token): Promise<Record<string, unknown>> {
  const connection = await JanusConnection.open(janus.wsUrl, 5000, coreToken ? { token: coreToken } : {});
  try {
    const handle = await connection.attach('janus.plugin.videoroom');
    return await connection.requestEvent(handle, {
      request: 'join',
      ptype: 'publisher',
      room: Number(room),
      pin,
      ...(token ? { token } : {}),
      display: 'test',
    });
  } finally {
    await connection.close();
  }
}

/** Every file under a folder, however deep. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

describe('CQ-4: lawyer meetings are watched, never listened to', () => {
  it('CQ-4: no staff role gets a party seat: clerk, reviewer, monitor, supervisor and admin all get the video-only stream; the room terminal seats the suspect, the named lawyer the visitor side', async () => {
    const centre = await givenCentre();
    const lawyer = await givenLawyer();
    const stranger = await givenLawyer();
    const meetingId = await givenLawyerMeetingToday(centre, [lawyer.id]);
    const started = await t.gql(START, { id: meetingId }, centre.staff.MONITOR);
    expect(started.errors).toBeUndefined();
    expect(started.data.startMeeting).toMatchObject({ state: 'LIVE', kind: 'LAWYER', bookedMinutes: 30 });

    for (const role of PERSON_ROLES) {
      const seat = await t.gql(JOIN, { id: meetingId }, centre.staff[role]);
      expect(seat.errors, role).toBeUndefined();
      expect(seat.data.joinMeeting, role).toMatchObject({ plugin: 'streaming', seat: 'MONITOR', token: STREAMING_ONLY, feed: null });
    }
    // A person holding several roles is still a person: video only.
    const [several] = await t.sql(
      `insert into judicial.account (id, username, password_hash, display_name, roles, tenant_kind, tenant_id)
      values (gen_random_uuid(), 'multi-' || substr(md5(random()::text), 1, 10), 'x', '所长', '{ADMIN,SUPERVISOR,REVIEWER}', 'DETENTION_CENTRE', $1) returning id`,
      [centre.id],
    );
    const leader = await tokenFor({ accountId: several.id, tenantKind: 'DETENTION_CENTRE', tenantId: centre.id, roles: ['ADMIN', 'SUPERVISOR', 'REVIEWER'] });
    expect((await t.gql(JOIN, { id: meetingId }, leader)).data.joinMeeting).toMatchObject({ plugin: 'streaming', seat: 'MONITOR', token: STREAMING_ONLY });

    const subject = (await t.gql(JOIN, { id: meetingId }, centre.staff.ROOM_TERMINAL)).data.joinMeeting;
    const visitor = (await t.gql(JOIN, { id: meetingId }, lawyer.token)).data.joinMeeting;
    expect(subject).toMatchObject({ plugin: 'videoroom', seat: 'SUBJECT', token: expect.any(String), feed: expect.stringMatching(/^\d+$/) });
    expect(visitor).toMatchObject({ plugin: 'videoroom', seat: 'VISITOR', token: expect.any(String), feed: expect.stringMatching(/^\d+$/) });

    // Denied: the auditor, another centre's monitor, a prison's staff, a lawyer not named on it.
    expect(code(await t.gql(JOIN, { id: meetingId }, centre.staff.AUDITOR))).toBe('FORBIDDEN');
    expect(code(await t.gql(JOIN, { id: meetingId }, await givenStaff(t, 'DETENTION_CENTRE', randomUUID(), 'MONITOR')))).toBe('FORBIDDEN');
    expect(code(await t.gql(JOIN, { id: meetingId }, await t.login('prison1.supervisor')))).toBe('FORBIDDEN');
    expect(code(await t.gql(JOIN, { id: meetingId }, stranger.token))).toBe('NOT_FOUND');
    // The lawyer sees their own meeting, a stranger does not.
    expect((await t.gql('query($id: ID!) { meeting(id: $id) { state kind } }', { id: meetingId }, lawyer.token)).data.meeting).toEqual({
      state: 'LIVE',
      kind: 'LAWYER',
    });
    expect(code(await t.gql('query($id: ID!) { meeting(id: $id) { state } }', { id: meetingId }, stranger.token))).toBe('FORBIDDEN');

    // The room records nothing and admits the two party tokens only: the watching pin opens nothing in it.
    const watching = (await t.gql(JOIN, { id: meetingId }, centre.staff.SUPERVISOR)).data.joinMeeting;
    // The watching seat's token opens only the streaming plugin: the room cannot even be reached (issue 19).
    await expect(tryJoin(visitor.room, watching.pin, null, watching.token)).rejects.toMatchObject({ code: 405 });
    const admin = await JanusAdmin.connect(janus.wsUrl, janusOptions);
    try {
      expect((await admin.list()).find((room) => String(room.room) === visitor.room)).toMatchObject({ record: false, lock_record: true, pin_required: true });
    } finally {
      await admin.close();
    }
    // YN-25's supervisor count holds persons only: the six who watched, not the terminal nor the lawyer.
    expect(await t.sql('select count(*)::int as n from media.meeting_supervisor where meeting_id = $1', [meetingId])).toEqual([{ n: 6 }]);
  });

  it('CQ-4: in Chromium the lawyer and the suspect hear each other; every staff role’s connection has no audio track (receivers and SDP); ffprobe finds no audio in anything recorded and no audio file exists on disk', async () => {
    const centre = await givenCentre();
    const lawyer = await givenLawyer();
    const meetingId = await givenLawyerMeetingToday(centre, [lawyer.id]);
    await t.gql(START, { id: meetingId }, centre.staff.SUPERVISOR);
    const seatOf = async (token: string) => (await t.gql(JOIN, { id: meetingId }, token)).data.joinMeeting;
    const browser = await givenMeetingBrowser(ns);
    try {
      const parties = [await browser.seat(await seatOf(lawyer.token), true), await browser.seat(await seatOf(centre.staff.ROOM_TERMINAL), true)];
      const staff: { role: string; page: Awaited<ReturnType<typeof browser.seat>> }[] = [];
      for (const role of PERSON_ROLES) staff.push({ role, page: await browser.seat(await seatOf(centre.staff[role]), false) });
      await eventually(async () => {
        for (const page of parties) {
          const stats = await mediaStats(page);
          expect(stats.errors).toEqual([]);
          expect(stats.received.audio).toBeGreaterThan(0); // the lawyer and the suspect hear each other
          expect(stats.received.video).toBeGreaterThan(0);
        }
        for (const { role, page } of staff) {
          const watched = await mediaStats(page);
          expect(watched.errors, role).toEqual([]);
          expect(watched.offeredMedia, role).toEqual(['video', 'video']); // Janus offered no m=audio at all
          expect(watched.receiverKinds, role).toEqual(['video', 'video']); // both parties' video, no audio receiver
          expect(watched.received.video, role).toBeGreaterThan(0);
          expect(watched.received.audio, role).toBe(0);
        }
      }, 40_000);
      await new Promise((resolve) => setTimeout(resolve, 2000)); // a few seconds of video on record
    } finally {
      await browser.close();
    }
    const ended = await t.gql(
      'mutation($id: ID!, $r: String!) { terminateMeeting(id: $id, ground: "OTHER", reason: $r) { state } }',
      { id: meetingId, r: '会见结束' },
      centre.staff.SUPERVISOR,
    );
    expect(ended.data?.terminateMeeting, JSON.stringify(ended.errors)).toEqual({ state: 'TERMINATED' });

    const [recording] = await eventually(async () => {
      const rows = await t.sql('select streams, path from media.recording where meeting_id = $1', [meetingId]);
      expect(rows).toHaveLength(1);
      return rows;
    }, 20_000);
    expect(recording.streams).toEqual(['video/vp8', 'video/vp8']);
    const files = filesUnder(join(janusOptions.recordingsDir, meetingId));
    expect(files.length).toBeGreaterThanOrEqual(3); // two forwarded video streams and the meeting's file
    expect(files.filter((file) => /audio|\.opus$|\.wav$|\.mp3$|\.ogg$/i.test(file))).toEqual([]);
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
  }, 120_000);

  it('CQ-14: a violation the centre reports to the justice bureau stops the live lawyer meeting at once: the room goes, the record cites the ground', async () => {
    const centre = await givenCentre();
    const lawyer = await givenLawyer();
    const meetingId = await givenLawyerMeetingToday(centre, [lawyer.id]);
    await t.gql(START, { id: meetingId }, centre.staff.MONITOR);
    const seat = (await t.gql(JOIN, { id: meetingId }, lawyer.token)).data.joinMeeting;
    expect(await tryJoin(seat.room, seat.pin, seat.token)).toMatchObject({ videoroom: 'joined' });
    const [{ application_id: bookingId }] = await t.sql('select application_id from media.meeting where id = $1', [meetingId]);
    const reported = await t.gql(
      'mutation($i: LawyerViolationInput!) { reportLawyerViolation(input: $i) { status } }',
      { i: { bookingId, bureauId: DEMO_TENANTS.bureau1.id, ground: 'PASSING_ITEMS', lawyerAccountId: lawyer.id } },
      centre.staff.MONITOR,
    );
    expect(reported.data?.reportLawyerViolation, JSON.stringify(reported.errors)).toEqual({ status: 'REPORTED' });
    await eventually(async () =>
      expect(await t.sql('select state, end_ground, end_ground_rule, tokens from media.meeting where id = $1', [meetingId])).toEqual([
        { state: 'TERMINATED', end_ground: 'PASSING_ITEMS', end_ground_rule: 'CQ-14', tokens: null },
      ]),
    );
    await expect(tryJoin(seat.room, seat.pin, seat.token)).rejects.toMatchObject({ code: 426 }); // the room is gone
  });
});

describe('YN-34: official sessions in the same rooms', () => {
  it('YN-34: on the day the prison seats the inmate and the organ’s officials take the other seat with their joining code (a wrong code gets nothing); the room records like any meeting', async () => {
    const prison = await givenPrison(t, 'YN', [{}]);
    const clerk = await givenStaff(t, 'PRISON', prison.id, 'REVIEWER');
    const arranged = await t.gql(
      `mutation($i: OfficialSessionInput!) { arrangeOfficialSession(input: $i) { joiningCode session { id } } }`,
      {
        i: {
          inmateId: prison.inmateIds[0],
          organ: 'COURT',
          issuedBy: '昆明市中级人民法院',
          letterNumber: '（2026）云01刑初55号',
          purpose: 'HEARING',
          officials: ['孙法官'],
          date: chinaDate(clock.now()),
          minutes: 45,
        },
      },
      clerk,
    );
    expect(arranged.errors).toBeUndefined();
    const { joiningCode, session } = arranged.data.arrangeOfficialSession;
    const [meeting] = await eventually(async () => {
      const rows = await t.sql('select id from media.meeting where application_id = $1', [session.id]);
      expect(rows).toHaveLength(1);
      return rows;
    });
    const JOIN_CODE = 'mutation($id: ID!, $c: String!) { joinOfficialSession(id: $id, code: $c) { janusUrl plugin room pin token feed seat } }';
    expect(code(await t.gql(JOIN_CODE, { id: session.id, c: joiningCode }))).toBe('CONFLICT'); // not live yet
    const started = await t.gql('mutation($id: ID!) { startMeeting(id: $id) { state kind secondsLeft } }', { id: meeting.id }, clerk);
    expect(started.data.startMeeting).toMatchObject({ state: 'LIVE', kind: 'OFFICIAL' });
    expect(started.data.startMeeting.secondsLeft).toBeGreaterThan(44 * 60); // the 45 minutes booked
    expect(code(await t.gql(JOIN_CODE, { id: session.id, c: '00000000' }))).toBe('NOT_FOUND');
    const officials = (await t.gql(JOIN_CODE, { id: session.id, c: joiningCode })).data.joinOfficialSession;
    expect(officials).toMatchObject({ seat: 'VISITOR', plugin: 'videoroom', token: expect.any(String) });
    const inmate = (await t.gql(JOIN, { id: meeting.id }, clerk)).data.joinMeeting;
    expect(inmate).toMatchObject({ seat: 'SUBJECT', plugin: 'videoroom' });
    expect(inmate.token).not.toBe(officials.token);
    expect((await t.gql(JOIN, { id: meeting.id }, await givenStaff(t, 'PRISON', prison.id, 'MONITOR'))).data.joinMeeting).toMatchObject({
      seat: 'MONITOR',
      plugin: 'videoroom',
    });
    expect(code(await t.gql(JOIN, { id: meeting.id }, await t.login('bureau1.clerk')))).toBe('FORBIDDEN');
    expect(await tryJoin(officials.room, officials.pin, officials.token)).toMatchObject({ videoroom: 'joined' });
    const admin = await JanusAdmin.connect(janus.wsUrl, janusOptions);
    try {
      expect((await admin.list()).find((room) => String(room.room) === officials.room)).toMatchObject({ record: true, lock_record: true });
    } finally {
      await admin.close();
    }
  });
});
