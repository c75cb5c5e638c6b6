import { JanusConnection, JanusError } from './janus-client.js';

export interface RoomSpec {
  room: number;
  description: string;
  pin: string;
  secret: string;
  /** Where Janus writes the recordings (RECORDINGS_DIR/<meeting>); null: the room records nothing (CQ-4). */
  recordDir: string | null;
  /** Join tokens: only a participant presenting one of these may join. */
  allowed: string[];
  /** Ask publishers for a keyframe this often (seconds); what is forwarded then starts cleanly. */
  keyframeSeconds?: number;
}

export interface RoomInfo {
  room: number;
  description: string;
  pin_required: boolean;
  is_private?: boolean;
  record: boolean;
  lock_record: boolean;
  num_participants: number;
}

/** A video-only streaming mountpoint fed from the room on the loopback (CQ-4): one stream per seat. */
export interface VideoStreamSpec {
  id: number;
  secret: string;
  /** What a viewer must present to watch. */
  pin: string;
  /** The streams' mids (one per publishing seat). */
  mids: string[];
  /** Each stream is written to `<recordDir>/<prefix>-<mid>.mjr`. */
  recordDir: string;
}

/**
 * Janus as the media subgraph uses it, over one admin connection: videoroom rooms (private, with a
 * pin, a secret and a token list, recording locked, never permanent) and, for lawyer meetings,
 * video-only streaming mountpoints that the room's video is forwarded to.
 */
export class JanusAdmin {
  private constructor(
    readonly connection: JanusConnection,
    private readonly videoroom: number,
    private readonly streaming: number,
    private readonly adminKey: string,
  ) {}

  /** With the API secret (Janus admits nobody else but seats with signed tokens) and the admin key (rooms). */
  static async connect(url: string, secrets: { adminKey: string; apiSecret: string }, timeoutMs?: number): Promise<JanusAdmin> {
    const { adminKey, apiSecret } = secrets;
    const connection = await JanusConnection.open(url, timeoutMs, { apisecret: apiSecret });
    const videoroom = await connection.attach('janus.plugin.videoroom');
    return new JanusAdmin(connection, videoroom, await connection.attach('janus.plugin.streaming'), adminKey);
  }

  async create(spec: RoomSpec): Promise<void> {
    await this.connection.request(this.videoroom, {
      request: 'create',
      admin_key: this.adminKey,
      room: spec.room,
      description: spec.description,
      permanent: false,
      is_private: true,
      pin: spec.pin,
      secret: spec.secret,
      allowed: spec.allowed,
      publishers: 3,
      record: spec.recordDir !== null,
      ...(spec.recordDir ? { rec_dir: spec.recordDir } : {}),
      lock_record: true,
      audiocodec: 'opus',
      videocodec: 'vp8',
      ...(spec.keyframeSeconds ? { fir_freq: spec.keyframeSeconds } : {}),
    });
  }

  async destroy(room: number, secret: string): Promise<void> {
    await this.ignoringMissing(426, this.connection.request(this.videoroom, { request: 'destroy', room, secret, permanent: false }));
  }

  async list(): Promise<RoomInfo[]> {
    const answer = await this.connection.request<{ list: RoomInfo[] }>(this.videoroom, { request: 'list', admin_key: this.adminKey });
    return answer.list;
  }

  async kick(room: number, secret: string, participant: number): Promise<void> {
    await this.connection.request(this.videoroom, { request: 'kick', room, secret, id: participant });
  }

  /** The room's participants that publish media now. */
  async publishers(room: number): Promise<number[]> {
    const answer = await this.connection.request<{ participants: { id: number; publisher: boolean }[] }>(this.videoroom, { request: 'listparticipants', room });
    return answer.participants.filter((participant) => participant.publisher).map((participant) => participant.id);
  }

  /** The publishers whose media is forwarded now (a forward dies with its publisher's connection). */
  async forwarded(room: number, secret: string): Promise<number[]> {
    const answer = await this.connection.request<{ publishers: { publisher_id: number }[] }>(this.videoroom, { request: 'listforwarders', room, secret });
    return answer.publishers.map((publisher) => publisher.publisher_id);
  }

  /** CQ-4: forwards a publisher's video, and only its video, to a port on Janus's own loopback. */
  async forwardVideo(room: number, secret: string, publisher: number, port: number): Promise<void> {
    await this.connection.request(this.videoroom, {
      request: 'rtp_forward',
      admin_key: this.adminKey,
      room,
      secret,
      publisher_id: publisher,
      host: '127.0.0.1',
      video_port: port,
    });
  }

  /**
   * CQ-4: a mountpoint with video streams only, bound to the loopback, each stream recorded as it
   * arrives. Returns each mid's port (Janus picks free ones).
   */
  async createVideoStream(spec: VideoStreamSpec): Promise<Record<string, number>> {
    const created = await this.connection.request<{ stream: { ports: { mid: string; port: number }[] } }>(this.streaming, {
      request: 'create',
      admin_key: this.adminKey,
      type: 'rtp',
      id: spec.id,
      secret: spec.secret,
      pin: spec.pin,
      is_private: true,
      permanent: false,
      media: spec.mids.map((mid) => ({ type: 'video', mid, port: 0, pt: 100, codec: 'vp8', iface: '127.0.0.1' })),
    });
    await this.connection.request(this.streaming, {
      request: 'recording',
      action: 'start',
      id: spec.id,
      secret: spec.secret,
      media: spec.mids.map((mid) => ({ mid, filename: `${spec.recordDir}/stream-${spec.id}-${mid}-video` })),
    });
    return Object.fromEntries(created.stream.ports.map((entry) => [entry.mid, entry.port]));
  }

  /** Closes a mountpoint (its recordings are closed with it). */
  async destroyVideoStream(id: number, secret: string): Promise<void> {
    await this.ignoringMissing(455, this.connection.request(this.streaming, { request: 'destroy', id, secret, permanent: false }));
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  /** Destroying what is already gone (Janus restarted, the other side closed it) is fine. */
  private async ignoringMissing(code: number, request: Promise<unknown>): Promise<void> {
    try {
      await request;
    } catch (error) {
      if (!(error instanceof JanusError && error.code === code)) throw error;
    }
  }
}
