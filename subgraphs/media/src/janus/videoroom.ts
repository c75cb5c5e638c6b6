import { JanusConnection, JanusError } from './janus-client.js';

export interface RoomSpec {
  room: number;
  description: string;
  pin: string;
  secret: string;
  /** Where Janus writes the recordings (RECORDINGS_DIR/<meeting>); null: not recorded. */
  recordDir: string | null;
  /** Join tokens: only a participant presenting one of these may join. */
  allowed: string[];
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

/**
 * The videoroom plugin as the media subgraph uses it: private rooms with a pin, a secret and a
 * token list, recording on and locked (a participant cannot switch it off), never permanent.
 */
export class VideoRoomAdmin {
  private constructor(readonly connection: JanusConnection, private readonly handle: number, private readonly adminKey: string) {}

  static async connect(url: string, adminKey: string, timeoutMs?: number): Promise<VideoRoomAdmin> {
    const connection = await JanusConnection.open(url, timeoutMs);
    return new VideoRoomAdmin(connection, await connection.attach('janus.plugin.videoroom'), adminKey);
  }

  async create(spec: RoomSpec): Promise<void> {
    await this.connection.request(this.handle, {
      request: 'create', admin_key: this.adminKey, room: spec.room, description: spec.description, permanent: false,
      is_private: true, pin: spec.pin, secret: spec.secret, allowed: spec.allowed, publishers: 3,
      record: spec.recordDir !== null, ...(spec.recordDir ? { rec_dir: spec.recordDir } : {}), lock_record: true,
      audiocodec: 'opus', videocodec: 'vp8',
    });
  }

  async destroy(room: number, secret: string): Promise<void> {
    try {
      await this.connection.request(this.handle, { request: 'destroy', room, secret, permanent: false });
    } catch (error) {
      if (!(error instanceof JanusError && error.code === 426)) throw error; // 426: no such room (already gone)
    }
  }

  async list(): Promise<RoomInfo[]> {
    const answer = await this.connection.request<{ list: RoomInfo[] }>(this.handle, { request: 'list', admin_key: this.adminKey });
    return answer.list;
  }

  async kick(room: number, secret: string, participant: number): Promise<void> {
    await this.connection.request(this.handle, { request: 'kick', room, secret, id: participant });
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
