import { ErrorCode, keyed } from '@rv/schema';
import { JanusAdmin } from './janus-admin.js';
import { seatToken } from './janus-client.js';

/** One Janus node as the platform knows it from configuration (issue 19: media across several nodes). */
export interface JanusNodeConfig {
  /** Its name, recorded with each meeting placed on it. */
  name: string;
  /** Where the media subgraph reaches it. */
  url: string;
  /** What browsers are told to connect to for a room on this node (behind a proxy in deployment). */
  publicUrl: string;
  /** Creating rooms needs it (videoroom admin_key); never empty (issue 19). */
  adminKey: string;
  /** What the media subgraph presents on every request to this node (janus.jcfg api_secret). */
  apiSecret: string;
}

export interface MediaConfig {
  nodes: JanusNodeConfig[];
  /** Signs each seat's token (janus.jcfg token_auth_secret), the same on every node: browsers reach Janus with nothing else. */
  tokenSecret: string;
  /** Where every node writes recordings (one volume the media subgraph reads too). */
  recordingsDir: string;
}

/** An entry of JANUS_NODES: the secrets are named (environment variables holding them), never written in the list. */
interface NodeEntry {
  name?: unknown;
  url?: unknown;
  publicUrl?: unknown;
  adminKeyRef?: unknown;
  apiSecretRef?: unknown;
}

const NODE_NAME = /^[a-z0-9][a-z0-9-]{0,59}$/;

/**
 * JANUS_NODES, a JSON list of `{name, url, publicUrl?, adminKeyRef?, apiSecretRef?}`: each ref names the
 * environment variable holding that node's secret (JANUS_ADMIN_KEY and JANUS_API_SECRET when left out).
 * A mistake stops the process with what is wrong: a half-understood node list would place meetings badly.
 */
function nodesFromEnv(list: string, env: NodeJS.ProcessEnv): JanusNodeConfig[] {
  const wrong = (what: string) => new Error(`JANUS_NODES: ${what}`);
  let entries: NodeEntry[];
  try {
    entries = JSON.parse(list) as NodeEntry[];
  } catch {
    throw wrong('not JSON (a list of {name, url, publicUrl?, adminKeyRef?, apiSecretRef?})');
  }
  if (!Array.isArray(entries) || entries.length === 0) throw wrong('a non-empty list of nodes is needed');
  const secret = (entry: NodeEntry, ref: unknown, fallback: string) => {
    if (ref === undefined) return env[fallback] ?? '';
    if (typeof ref !== 'string' || env[ref] === undefined) throw wrong(`node ${String(entry.name)}: ${String(ref)} is not set`);
    return env[ref]!;
  };
  const nodes = entries.map((entry) => {
    if (typeof entry?.name !== 'string' || !NODE_NAME.test(entry.name)) throw wrong(`${JSON.stringify(entry?.name)} is not a node name (a-z, 0-9, -)`);
    if (typeof entry.url !== 'string' || !/^wss?:\/\//.test(entry.url)) throw wrong(`node ${entry.name}: url must be ws:// or wss://`);
    if (entry.publicUrl !== undefined && (typeof entry.publicUrl !== 'string' || !/^wss?:\/\//.test(entry.publicUrl)))
      throw wrong(`node ${entry.name}: publicUrl must be ws:// or wss://`);
    return {
      name: entry.name,
      url: entry.url,
      publicUrl: (entry.publicUrl as string | undefined) ?? entry.url,
      adminKey: secret(entry, entry.adminKeyRef, 'JANUS_ADMIN_KEY'),
      apiSecret: secret(entry, entry.apiSecretRef, 'JANUS_API_SECRET'),
    };
  });
  const names = nodes.map((node) => node.name);
  if (new Set(names).size !== names.length) throw wrong(`node names repeat (${names.join(', ')})`);
  return nodes;
}

/**
 * Janus settings from the environment (set by `npm start`, or pointing at existing nodes). Without
 * JANUS_NODES the one Janus at JANUS_WS_URL is a one-node list named `janus`.
 */
export function mediaConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MediaConfig {
  const url = env.JANUS_WS_URL ?? env.JANUS_URL ?? 'ws://127.0.0.1:8188';
  const nodes = env.JANUS_NODES
    ? nodesFromEnv(env.JANUS_NODES, env)
    : [{ name: 'janus', url, publicUrl: env.JANUS_PUBLIC_WS_URL ?? url, adminKey: env.JANUS_ADMIN_KEY ?? '', apiSecret: env.JANUS_API_SECRET ?? '' }];
  return { nodes, tokenSecret: env.JANUS_TOKEN_SECRET ?? '', recordingsDir: env.RECORDINGS_DIR ?? '.data/recordings' };
}

export const mediaUnavailable = () => keyed(ErrorCode.MEDIA_UNAVAILABLE, 'platform.mediaUnavailable');

/** A node that did not answer (refused, lost or hung): what `use` turns a Janus failure into. */
export const isMediaUnavailable = (error: unknown) => (error as { extensions?: { code?: string } })?.extensions?.code === ErrorCode.MEDIA_UNAVAILABLE;

/** What this replica last learnt of a node: whether it answered, and what Janus said it holds. */
export interface NodeHealth {
  up: boolean;
  /** When it was last asked (ms); 0: never. */
  checkedAt: number;
  /** Videoroom rooms and the participants in them, by Janus's own list. */
  rooms: number;
  participants: number;
}

/**
 * One Janus node: one admin connection, opened on first use and again after the node was lost (a
 * dead or hung node surfaces as MEDIA_UNAVAILABLE, never as an obscure failure), and its health as
 * last probed.
 */
export class JanusNode {
  private connecting: Promise<JanusAdmin> | null = null;
  private probing: Promise<NodeHealth> | null = null;
  health: NodeHealth = { up: false, checkedAt: 0, rooms: 0, participants: 0 };

  constructor(readonly config: JanusNodeConfig) {}

  get name(): string {
    return this.config.name;
  }

  async admin(): Promise<JanusAdmin> {
    // An open Janus (no admin key, no API secret) is refused rather than used (issue 19).
    if (!this.config.adminKey || !this.config.apiSecret) throw mediaUnavailable();
    this.connecting ??= JanusAdmin.connect(this.config.url, this.config).then((admin) => {
      admin.connection.onClosed(() => {
        this.connecting = null;
      });
      return admin;
    });
    try {
      return await this.connecting;
    } catch {
      this.connecting = null;
      throw mediaUnavailable();
    }
  }

  /** Runs a Janus operation; a lost or hung node becomes MEDIA_UNAVAILABLE and the next call reconnects. */
  async use<T>(operation: (admin: JanusAdmin) => Promise<T>): Promise<T> {
    const admin = await this.admin();
    try {
      return await operation(admin);
    } catch (error) {
      if ((error as { code?: number }).code === 0) {
        this.connecting = null;
        await admin.close().catch(() => undefined);
        throw mediaUnavailable();
      }
      throw error;
    }
  }

  /** Asks the node for its rooms (a dead one refuses the connection, a hung one times out), unless asked within `maxAgeMs`. */
  probe(maxAgeMs = 0): Promise<NodeHealth> {
    if (Date.now() - this.health.checkedAt <= maxAgeMs) return Promise.resolve(this.health);
    this.probing ??= this.use((admin) => admin.list())
      .then((rooms) => ({ up: true, rooms: rooms.length, participants: rooms.reduce((sum, room) => sum + room.num_participants, 0) }))
      .catch(() => ({ up: false, rooms: 0, participants: 0 }))
      .then((seen) => {
        this.health = { ...seen, checkedAt: Date.now() };
        this.probing = null;
        return this.health;
      });
    return this.probing;
  }

  /** Counts the node dead until its next probe (a room could not be opened on it). */
  markDown(): void {
    this.health = { up: false, checkedAt: Date.now(), rooms: 0, participants: 0 };
  }

  async close(): Promise<void> {
    const admin = this.connecting;
    this.connecting = null;
    if (admin) await (await admin.catch(() => null))?.close();
  }
}

/** How old a node's health may be when a meeting is placed (the meeting clock probes every few seconds while meetings are live). */
export const PLACEMENT_HEALTH_MS = 3000;

/** A room this replica chose a node for: counted until the records read for a later choice include it. */
interface Opening {
  node: string;
  /** The step its meeting's record was committed at; null while it is being opened and recorded. */
  recordedAt: number | null;
}

/**
 * The Janus nodes the platform knows from configuration (issue 19), with this replica's view of
 * their health. A meeting's room goes to the least-loaded healthy node (place); everything done to a
 * room afterwards goes to the node recorded with the meeting (node).
 */
export class MediaGateway {
  readonly nodes: JanusNode[];
  /** Rooms this replica is opening or opened lately, with when their records were committed (`step`). */
  private openings: Opening[] = [];
  /** Counts reads of the records and recordings, so a choice knows which recordings its read may miss. */
  private step = 0;
  /** The steps at which the choices in progress started reading the records. */
  private readonly reading = new Set<number>();

  constructor(readonly config: MediaConfig) {
    this.nodes = config.nodes.map((node) => new JanusNode(node));
  }

  /** True when every Janus secret is set: without them the platform does not talk to Janus at all. */
  get configured(): boolean {
    return Boolean(this.config.tokenSecret) && this.config.nodes.every((node) => node.adminKey && node.apiSecret);
  }

  /** A token for one seat, good for these plugins until the meeting's day is surely over (on any node: the secret is shared). */
  seatToken(plugins: ('videoroom' | 'streaming')[], until: Date): string {
    return seatToken(
      this.config.tokenSecret,
      plugins.map((plugin) => `janus.plugin.${plugin}`),
      until,
    );
  }

  /**
   * The node a meeting's room is on. A meeting recorded before nodes were (null) is on the first node,
   * the one Janus of a one-node setup. One on a node since removed from the configuration is looked
   * for there too: not found, it counts as a room Janus lost (YN-18, parties.ts).
   */
  node(name: string | null): JanusNode {
    return this.nodes.find((node) => node.name === name) ?? this.nodes[0];
  }

  /** Probes every node at once (one hung node delays none of the others beyond its time-out). */
  async probe(maxAgeMs = 0): Promise<JanusNode[]> {
    await Promise.all(this.nodes.map((node) => node.probe(maxAgeMs)));
    return this.nodes;
  }

  /** Readiness: some node answers (a meeting can be placed). */
  async healthy(): Promise<boolean> {
    if (!this.configured) return false;
    return (await this.probe(PLACEMENT_HEALTH_MS)).some((node) => node.health.up);
  }

  /**
   * Issue 19: opens a room on the least-loaded healthy node: fewest live rooms by the platform's own
   * records (`readRooms`, by node name), then fewest participants by Janus's list, then configuration
   * order. A node that fails to answer is counted dead and the next is tried; none left:
   * MEDIA_UNAVAILABLE. Janus refusing the request itself (not a failure of the node) is thrown as is.
   * The caller calls `placed` once the node is recorded with the meeting (committed), or the room was given up.
   */
  async place<T>(
    readRooms: () => Promise<Record<string, number>>,
    open: (node: JanusNode) => Promise<T>,
  ): Promise<{ node: JanusNode; opened: T; placed: () => void }> {
    if (!this.configured) throw mediaUnavailable();
    // Every node counted dead: ask them all again now (one may just have come back).
    let known = (await this.probe(PLACEMENT_HEALTH_MS)).filter((node) => node.health.up);
    if (known.length === 0) known = (await this.probe()).filter((node) => node.health.up);
    const readFrom = ++this.step;
    this.reading.add(readFrom);
    let recorded: Record<string, number>;
    try {
      recorded = await readRooms();
    } finally {
      this.reading.delete(readFrom);
    }
    // Nothing awaits from here to the choice: starts at the same instant count each other's rooms.
    const rooms = this.withOpenings(recorded, readFrom);
    const load = (node: JanusNode) => [rooms[node.name] ?? 0, node.health.participants];
    const candidates = known.sort((a, b) => load(a)[0] - load(b)[0] || load(a)[1] - load(b)[1]);
    for (const node of candidates) {
      const opening: Opening = { node: node.name, recordedAt: null };
      this.openings.push(opening);
      const placed = () => {
        opening.recordedAt = ++this.step;
        this.forgetRecordedOpenings();
      };
      try {
        return { node, opened: await open(node), placed };
      } catch (error) {
        this.openings = this.openings.filter((other) => other !== opening);
        if (!isMediaUnavailable(error)) throw error;
        node.markDown();
      }
    }
    throw mediaUnavailable();
  }

  /**
   * The records' live rooms by node (read from step `readFrom` on), plus this replica's rooms they may not
   * include: those still being opened (starts at the same instant read the same records), and those recorded
   * after the read began (a start that ended while this one waited for its read was counted nowhere: issue
   * 19's CI run of 2026-12-06 put four simultaneous starts on one node).
   */
  private withOpenings(recorded: Record<string, number>, readFrom: number): Record<string, number> {
    const rooms = { ...recorded };
    for (const opening of this.openings) if (opening.recordedAt === null || opening.recordedAt > readFrom) rooms[opening.node] = (rooms[opening.node] ?? 0) + 1;
    this.forgetRecordedOpenings();
    return rooms;
  }

  /** A recorded room is in every read that began after its recording: forget it once no read in progress began before. */
  private forgetRecordedOpenings(): void {
    const oldestRead = Math.min(...this.reading);
    this.openings = this.openings.filter((opening) => opening.recordedAt === null || opening.recordedAt > oldestRead);
  }

  async close(): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.close()));
  }
}

let shared: MediaGateway | null = null;

export function mediaGateway(): MediaGateway {
  shared ??= new MediaGateway(mediaConfigFromEnv());
  return shared;
}

/** Drops the shared connections (platform shutdown, or tests pointing at other nodes). */
export async function resetMediaGateway(): Promise<void> {
  await shared?.close();
  shared = null;
}
