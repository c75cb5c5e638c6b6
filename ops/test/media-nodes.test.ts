import { JanusAdmin, JanusConnection, mediaConfigFromEnv, resetMediaGateway } from '@rv/media';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshJanusSecrets, startJanus, type JanusOptions, type RunningJanus } from '../src/janus.js';
import { givenNetworkNamespace, type NetworkNamespace } from '../src/lab/netns.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { givenApprovedToday, givenCheckedIn } from './support/scenario.js';

/**
 * Issue 19: media across several Janus nodes. Two real Janus processes (nodes `a` and `b`, each with
 * its own admin key and API secret, one token secret) in a network namespace the test creates; the
 * platform knows them from JANUS_NODES.
 */
let t: TestPlatform;
let ns: NetworkNamespace;
const work = mkdtempSync(join(tmpdir(), 'rv-nodes-'));
const options: Record<'a' | 'b', JanusOptions> = {} as never;
const running: Partial<Record<'a' | 'b', RunningJanus>> = {};

beforeAll(async () => {
  ns = givenNetworkNamespace();
  const tokenSecret = freshJanusSecrets().tokenSecret;
  const node = (name: 'a' | 'b', wsPort: number, rtpPortRange: string): JanusOptions => ({
    workDir: join(work, name),
    recordingsDir: join(work, 'recordings'),
    ...freshJanusSecrets(),
    tokenSecret,
    wsPort,
    rtpPortRange,
    wsIp: ns.namespaceIp,
    iceInterface: ns.namespaceIp,
    iceEnforceList: ns.namespaceVeth,
    netns: ns.name,
  });
  options.a = node('a', 8188, '20000-20499');
  options.b = node('b', 8189, '20500-20999');
  running.a = await startJanus(options.a);
  running.b = await startJanus(options.b);
  Object.assign(process.env, {
    JANUS_NODES: JSON.stringify(
      (['a', 'b'] as const).map((name) => ({
        name,
        url: running[name]!.wsUrl,
        adminKeyRef: `JANUS_${name.toUpperCase()}_ADMIN_KEY`,
        apiSecretRef: `JANUS_${name.toUpperCase()}_API_SECRET`,
      })),
    ),
    JANUS_A_ADMIN_KEY: options.a.adminKey,
    JANUS_A_API_SECRET: options.a.apiSecret,
    JANUS_B_ADMIN_KEY: options.b.adminKey,
    JANUS_B_API_SECRET: options.b.apiSecret,
    JANUS_TOKEN_SECRET: tokenSecret,
    RECORDINGS_DIR: options.a.recordingsDir,
  });
  await resetMediaGateway();
  t = await givenPlatform();
}, 90_000);

afterAll(async () => {
  await t?.close();
  await resetMediaGateway();
  await running.a?.stop();
  await running.b?.stop();
  ns?.close();
  rmSync(work, { recursive: true, force: true });
}, 30_000);

const START = 'mutation($id: ID!) { startMeeting(id: $id) { state } }';
const JOIN = 'mutation($id: ID!) { joinMeeting(id: $id) { janusUrl room pin token } }';

/** An approved meeting today, checked in, started by the prison's monitor: the node its room went to, and the visitor's seat. */
async function startedMeeting(nth: number): Promise<{ id: string; node: string; seat: { janusUrl: string; room: string; pin: string; token: string } }> {
  const id = await givenCheckedIn(t, (await givenApprovedToday(t, nth)).id);
  const started = await t.gql(START, { id }, await t.login('prison1.monitor'));
  expect(started.errors, JSON.stringify(started.errors)).toBeUndefined();
  const [{ janus_node: node }] = await t.sql('select janus_node from media.meeting where id = $1', [id]);
  return { id, node, seat: (await t.gql(JOIN, { id }, await t.login('bureau1.clerk'))).data.joinMeeting };
}

/** The rooms a node holds now, asked with that node's own secrets. */
async function roomsOn(name: 'a' | 'b'): Promise<string[]> {
  const admin = await JanusAdmin.connect(running[name]!.wsUrl, options[name]);
  try {
    return (await admin.list()).map((room) => String(room.room));
  } finally {
    await admin.close();
  }
}

/** A party's publisher join the way a browser does, on the node its ticket names. */
async function joins(seat: { janusUrl: string; room: string; pin: string; token: string }): Promise<Record<string, unknown>> {
  const connection = await JanusConnection.open(seat.janusUrl, 5000, { token: seat.token });
  try {
    const handle = await connection.attach('janus.plugin.videoroom');
    return await connection.requestEvent(handle, {
      request: 'join',
      ptype: 'publisher',
      room: Number(seat.room),
      pin: seat.pin,
      token: seat.token,
      display: 'test',
    });
  } finally {
    await connection.close();
  }
}

/** This process's Janus node gauges as the media subgraph's /metrics reports them. */
async function nodeGauges(): Promise<Record<string, number>> {
  const text = await (await fetch(new URL('/metrics', t.platform.subgraphs.media.url))).text();
  return Object.fromEntries(
    [...text.matchAll(/^(rv_janus_node_\w+)\{node="(\w+)"\} (\S+)$/gm)].map(([, name, node, value]) => [`${name}.${node}`, Number(value)]),
  );
}

const states = async (ids: string[]) =>
  (await t.sql('select id, state, end_reason_key from media.meeting where id = any($1)', [ids]))
    .map((row) => [ids.indexOf(row.id), row.state, row.end_reason_key])
    .sort((x, y) => x[0] - y[0]);

const first: Awaited<ReturnType<typeof startedMeeting>>[] = [];

describe('issue 19: media across several Janus nodes', () => {
  it('the nodes come from JANUS_NODES (secrets by reference); without it the one Janus is a one-node list; a mistake is refused with what is wrong', () => {
    const env = {
      JANUS_NODES:
        '[{"name":"j-0","url":"ws://10.0.0.1:8188","publicUrl":"wss://hj.example/j-0","adminKeyRef":"K0","apiSecretRef":"S0"},{"name":"j-1","url":"ws://10.0.0.2:8188"}]',
      K0: 'k0',
      S0: 's0',
      JANUS_ADMIN_KEY: 'k',
      JANUS_API_SECRET: 's',
      JANUS_TOKEN_SECRET: 't',
    };
    expect(mediaConfigFromEnv(env).nodes).toEqual([
      { name: 'j-0', url: 'ws://10.0.0.1:8188', publicUrl: 'wss://hj.example/j-0', adminKey: 'k0', apiSecret: 's0' },
      { name: 'j-1', url: 'ws://10.0.0.2:8188', publicUrl: 'ws://10.0.0.2:8188', adminKey: 'k', apiSecret: 's' },
    ]);
    expect(
      mediaConfigFromEnv({ JANUS_WS_URL: 'ws://127.0.0.1:8188', JANUS_PUBLIC_WS_URL: 'wss://hj.example/janus', JANUS_ADMIN_KEY: 'k', JANUS_API_SECRET: 's' })
        .nodes,
    ).toEqual([{ name: 'janus', url: 'ws://127.0.0.1:8188', publicUrl: 'wss://hj.example/janus', adminKey: 'k', apiSecret: 's' }]);
    expect(() => mediaConfigFromEnv({ JANUS_NODES: '[{"name":"a","url":"ws://x"},{"name":"a","url":"ws://y"}]' })).toThrow(
      'JANUS_NODES: node names repeat (a, a)',
    );
    expect(() => mediaConfigFromEnv({ JANUS_NODES: '[{"name":"a","url":"ws://x","adminKeyRef":"MISSING"}]' })).toThrow(
      'JANUS_NODES: node a: MISSING is not set',
    );
    expect(() => mediaConfigFromEnv({ JANUS_NODES: '[{"name":"a","url":"http://x"}]' })).toThrow('JANUS_NODES: node a: url must be ws:// or wss://');
    expect(() => mediaConfigFromEnv({ JANUS_NODES: '[]' })).toThrow('JANUS_NODES: a non-empty list of nodes is needed');
  });

  it('each room goes to the least-loaded healthy node, recorded with the meeting; every seat is told that node’s address', async () => {
    for (const nth of [3, 4, 5, 6]) first.push(await startedMeeting(nth));
    // Equal load goes to the first node in the configuration; then the one with fewer live meetings.
    expect(first.map((meeting) => meeting.node)).toEqual(['a', 'b', 'a', 'b']);
    expect(first.map((meeting) => meeting.seat.janusUrl)).toEqual([running.a!.wsUrl, running.b!.wsUrl, running.a!.wsUrl, running.b!.wsUrl]);
    const [onA, onB] = [await roomsOn('a'), await roomsOn('b')];
    expect(first.map((meeting) => [onA.includes(meeting.seat.room), onB.includes(meeting.seat.room)])).toEqual([
      [true, false],
      [false, true],
      [true, false],
      [false, true],
    ]);
    for (const meeting of first) expect(await joins(meeting.seat)).toMatchObject({ videoroom: 'joined' });
    expect(await nodeGauges()).toMatchObject({
      'rv_janus_node_up.a': 1,
      'rv_janus_node_up.b': 1,
      'rv_janus_node_meetings.a': 2,
      'rv_janus_node_meetings.b': 2,
    });
  }, 120_000);

  it('YN-18: node b killed (-9) → its meetings are interrupted and rescheduled with priority; node a’s go on; new meetings go to a while b is dead', async () => {
    running.b!.process.kill('SIGKILL');
    const ids = first.map((meeting) => meeting.id);
    await eventually(
      async () =>
        expect(await states(ids)).toEqual([
          [0, 'LIVE', null],
          [1, 'INTERRUPTED', 'platform.videoGatewayLost'],
          [2, 'LIVE', null],
          [3, 'INTERRUPTED', 'platform.videoGatewayLost'],
        ]),
      30_000,
    );
    // YN-18: judicial settles the interrupted bookings: the family is told and a priority reschedule is offered.
    await eventually(async () => {
      const rows = await t.sql(
        `select m.id, a.status, a.reschedule_offered, (select count(*)::int from judicial.sms_message s where s.application_id = a.id and s.kind = 'interrupted') as told
        from judicial.application a join media.meeting m on m.application_id = a.id where m.id = any($1) order by m.janus_node, m.id`,
        [ids],
      );
      expect(rows.map((row) => [ids.indexOf(row.id) % 2, row.status, row.reschedule_offered, row.told])).toEqual([
        [0, 'APPROVED', false, 0],
        [0, 'APPROVED', false, 0],
        [1, 'INTERRUPTED', true, 1],
        [1, 'INTERRUPTED', true, 1],
      ]);
    }, 20_000);
    // Node a's rooms are untouched: its parties still join.
    expect(await joins(first[0].seat)).toMatchObject({ videoroom: 'joined' });
    expect((await roomsOn('a')).filter((room) => [first[0].seat.room, first[2].seat.room].includes(room))).toHaveLength(2);
    // b has no live meetings now, yet a dead node gets none: a takes the new ones.
    const fifth = await startedMeeting(7);
    expect(fifth.node).toBe('a');
    expect(await joins(fifth.seat)).toMatchObject({ videoroom: 'joined' });
    first.push(fifth);
    expect(await nodeGauges()).toMatchObject({
      'rv_janus_node_up.a': 1,
      'rv_janus_node_up.b': 0,
      'rv_janus_node_meetings.a': 3,
      'rv_janus_node_meetings.b': 0,
    });
  }, 120_000);

  it('node b restarted → it is healthy again and takes the next meeting (fewer live meetings than a)', async () => {
    running.b = await startJanus(options.b);
    await eventually(async () => expect(await nodeGauges()).toMatchObject({ 'rv_janus_node_up.b': 1 }), 20_000);
    const sixth = await startedMeeting(8);
    expect(sixth.node).toBe('b');
    expect(sixth.seat.janusUrl).toBe(running.b.wsUrl);
    expect(await roomsOn('b')).toContain(sixth.seat.room);
    expect(await joins(sixth.seat)).toMatchObject({ videoroom: 'joined' });
    expect(await states([first[0].id, first[2].id, first[4].id, sixth.id])).toEqual([
      [0, 'LIVE', null],
      [1, 'LIVE', null],
      [2, 'LIVE', null],
      [3, 'LIVE', null],
    ]);
    first.push(sixth);
  }, 90_000);

  it('YN-18: node a hung (SIGSTOP: its socket stays open) → its meetings are interrupted by the probe’s time-out; b’s go on and b takes the next', async () => {
    process.kill(running.a!.process.pid!, 'SIGSTOP');
    try {
      const ids = [first[0].id, first[2].id, first[4].id, first[5].id];
      await eventually(
        async () =>
          expect(await states(ids)).toEqual([
            [0, 'INTERRUPTED', 'platform.videoGatewayLost'],
            [1, 'INTERRUPTED', 'platform.videoGatewayLost'],
            [2, 'INTERRUPTED', 'platform.videoGatewayLost'],
            [3, 'LIVE', null],
          ]),
        40_000,
      );
      const seventh = await startedMeeting(9);
      expect(seventh.node).toBe('b');
      expect(await joins(first[5].seat)).toMatchObject({ videoroom: 'joined' });
    } finally {
      process.kill(running.a!.process.pid!, 'SIGCONT');
    }
  }, 90_000);

  it('meetings started at the same instant are spread as if one after another (each counts the rooms being opened)', async () => {
    await eventually(
      async () => expect(await nodeGauges()).toMatchObject({ 'rv_janus_node_up.a': 1, 'rv_janus_node_meetings.a': 0, 'rv_janus_node_meetings.b': 2 }),
      20_000,
    );
    const ids = [];
    for (const nth of [10, 11, 12, 13]) ids.push(await givenCheckedIn(t, (await givenApprovedToday(t, nth)).id));
    const monitor = await t.login('prison1.monitor');
    const started = await Promise.all(ids.map((id) => t.gql(START, { id }, monitor)));
    expect(started.map((result) => result.errors)).toEqual([undefined, undefined, undefined, undefined]);
    // a had none and b two: a takes two, then (two each) a by the list's order, then b: three each.
    const nodes = await t.sql('select janus_node from media.meeting where id = any($1) order by janus_node', [ids]);
    expect(nodes.map((row) => row.janus_node)).toEqual(['a', 'a', 'a', 'b']);
  }, 120_000);
});
