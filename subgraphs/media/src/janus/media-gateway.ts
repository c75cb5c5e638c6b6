import { ErrorCode, keyed } from '@rv/schema';
import { JanusAdmin } from './janus-admin.js';
import { seatToken } from './janus-client.js';

export interface MediaConfig {
  /** Where the media subgraph reaches Janus. */
  janusUrl: string;
  /** What browsers are told to connect to (behind a proxy in deployment). */
  publicJanusUrl: string;
  /** Creating rooms needs it (videoroom admin_key); never empty (issue 19). */
  adminKey: string;
  /** What the media subgraph presents on every Janus request (janus.jcfg api_secret). */
  apiSecret: string;
  /** Signs each seat's token (janus.jcfg token_auth_secret): browsers reach Janus with nothing else. */
  tokenSecret: string;
  recordingsDir: string;
}

/** Janus settings from the environment (set by `npm start`, or pointing at an existing Janus). */
export function mediaConfigFromEnv(): MediaConfig {
  const janusUrl = process.env.JANUS_WS_URL ?? process.env.JANUS_URL ?? 'ws://127.0.0.1:8188';
  return {
    janusUrl,
    publicJanusUrl: process.env.JANUS_PUBLIC_WS_URL ?? janusUrl,
    adminKey: process.env.JANUS_ADMIN_KEY ?? '',
    apiSecret: process.env.JANUS_API_SECRET ?? '',
    tokenSecret: process.env.JANUS_TOKEN_SECRET ?? '',
    recordingsDir: process.env.RECORDINGS_DIR ?? '.data/recordings',
  };
}

export const mediaUnavailable = () => keyed(ErrorCode.MEDIA_UNAVAILABLE, 'platform.mediaUnavailable');

/**
 * One admin connection to Janus per process, opened on first use and again after Janus was lost
 * (a dead or hung Janus surfaces as MEDIA_UNAVAILABLE, never as an obscure failure).
 */
export class MediaGateway {
  private connecting: Promise<JanusAdmin> | null = null;

  constructor(readonly config: MediaConfig) {}

  /** True when every Janus secret is set: without them the platform does not talk to Janus at all. */
  get configured(): boolean {
    return Boolean(this.config.adminKey && this.config.apiSecret && this.config.tokenSecret);
  }

  /** A token for one seat, good for these plugins until the meeting's day is surely over. */
  seatToken(plugins: ('videoroom' | 'streaming')[], until: Date): string {
    return seatToken(this.config.tokenSecret, plugins.map((plugin) => `janus.plugin.${plugin}`), until);
  }

  async admin(): Promise<JanusAdmin> {
    // An open Janus (no admin key, no API secret) is refused rather than used (issue 19).
    if (!this.configured) throw mediaUnavailable();
    this.connecting ??= JanusAdmin.connect(this.config.janusUrl, this.config).then((admin) => {
      admin.connection.onClosed(() => { this.connecting = null; });
      return admin;
    });
    try {
      return await this.connecting;
    } catch {
      this.connecting = null;
      throw mediaUnavailable();
    }
  }

  /** Runs a Janus operation; a lost or hung Janus becomes MEDIA_UNAVAILABLE and the next call reconnects. */
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

  /** Janus answers a request in time (a dead one refuses the connection, a hung one times out). */
  async healthy(): Promise<boolean> {
    try {
      await this.use((admin) => admin.list());
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    const admin = this.connecting;
    this.connecting = null;
    if (admin) await (await admin.catch(() => null))?.close();
  }
}

let shared: MediaGateway | null = null;

export function mediaGateway(): MediaGateway {
  shared ??= new MediaGateway(mediaConfigFromEnv());
  return shared;
}

/** Drops the shared connection (platform shutdown, or tests pointing at another Janus). */
export async function resetMediaGateway(): Promise<void> {
  await shared?.close();
  shared = null;
}
