import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import WebSocket from 'ws';

/** A Janus error answer (e.g. 433 unauthorized, 427 room exists) or a lost/hung gateway (code 0). */
export class JanusError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

interface Pending {
  resolve: (message: JanusMessage) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  /** Plugin requests answer `ack` first and the result later as an `event`. */
  waitForEvent: boolean;
}

export interface JanusMessage {
  janus: string;
  transaction?: string;
  session_id?: number;
  sender?: number;
  data?: { id: number };
  error?: { code: number; reason: string };
  plugindata?: { plugin: string; data: Record<string, unknown> & { error_code?: number; error?: string } };
  jsep?: Jsep;
}

export interface Jsep {
  type: 'offer' | 'answer';
  sdp: string;
}

/**
 * A small typed client for the Janus WebSocket API (subprotocol `janus-protocol`): one session,
 * handles on plugins, requests matched to answers by transaction, keepalives, and a time-out on
 * every request, so a hung Janus (SIGSTOP: the socket stays open) is noticed as well as a dead one.
 */
/** What Janus's core checks on every request: the API secret (servers) or a signed token (seats). */
export interface JanusCredential {
  apisecret?: string;
  token?: string;
}

/**
 * A token Janus's core accepts until `expiresAt` for these plugins only (Janus's signed-token scheme:
 * `<expiry>,janus,<plugin>…:<base64 HMAC-SHA1>` with the token_auth_secret). Nothing is stored in Janus,
 * so tokens survive its restart and hold on every Janus node sharing the secret.
 */
export function seatToken(secret: string, plugins: string[], expiresAt: Date): string {
  // A random entry (no plugin has that name) makes each seat's token its own: the room's allowed list
  // tells the parties' tokens from a monitor's even when signed in the same second for the same plugins.
  const data = [String(Math.floor(expiresAt.getTime() / 1000)), 'janus', ...plugins, `seat-${randomBytes(12).toString('hex')}`].join(',');
  return `${data}:${createHmac('sha1', secret).update(data).digest('base64')}`;
}

export class JanusConnection {
  private readonly pending = new Map<string, Pending>();
  private sessionId: number | null = null;
  private keepalive: NodeJS.Timeout | null = null;
  private closedListeners: ((reason: string) => void)[] = [];

  private constructor(
    private readonly socket: WebSocket,
    private readonly timeoutMs: number,
    private readonly credential: JanusCredential,
  ) {
    socket.on('message', (raw) => this.receive(JSON.parse(raw.toString()) as JanusMessage));
    socket.on('close', () => this.fail('Janus connection closed'));
    socket.on('error', () => this.fail('Janus connection error'));
  }

  /**
   * Janus admits only the platform (issue 19): the media subgraph presents the API secret, a seat the
   * token signed for it (seatToken); either goes with every request.
   */
  static async open(url: string, timeoutMs = 5000, credential: JanusCredential = {}): Promise<JanusConnection> {
    const socket = new WebSocket(url, 'janus-protocol', { handshakeTimeout: timeoutMs });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', (error) => reject(new JanusError(0, `Janus unreachable: ${error.message}`)));
    });
    const connection = new JanusConnection(socket, timeoutMs, credential);
    const created = await connection.send({ janus: 'create' }).catch((error: unknown) => {
      socket.close(); // refused (e.g. 403 without a valid secret or token): nothing stays open
      throw error;
    });
    connection.sessionId = created.data!.id;
    connection.keepalive = setInterval(() => connection.send({ janus: 'keepalive' }).catch(() => undefined), 25_000);
    connection.keepalive.unref();
    return connection;
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  onClosed(listener: (reason: string) => void): void {
    this.closedListeners.push(listener);
  }

  /** Attaches a handle to a plugin (e.g. `janus.plugin.videoroom`) and returns its id. */
  async attach(plugin: string): Promise<number> {
    const attached = await this.send({ janus: 'attach', plugin });
    return attached.data!.id;
  }

  /** A synchronous plugin request (create, list, kick, destroy …): the plugin's data, or a JanusError. */
  async request<T = Record<string, unknown>>(handleId: number, body: Record<string, unknown>): Promise<T> {
    const answer = await this.send({ janus: 'message', handle_id: handleId, body });
    return pluginData(answer) as T;
  }

  /** An asynchronous plugin request (join, configure): acked first, answered by an event. */
  async requestEvent<T = Record<string, unknown>>(handleId: number, body: Record<string, unknown>, jsep?: Jsep): Promise<T> {
    return (await this.negotiate<T>(handleId, body, jsep)).data;
  }

  /** An asynchronous request that carries or is answered with SDP (publish, subscribe): the plugin's data and Janus's JSEP. */
  async negotiate<T = Record<string, unknown>>(handleId: number, body: Record<string, unknown>, jsep?: Jsep): Promise<{ data: T; jsep?: Jsep }> {
    const answer = await this.send({ janus: 'message', handle_id: handleId, body, ...(jsep ? { jsep } : {}) }, true);
    return { data: pluginData(answer) as T, jsep: answer.jsep };
  }

  async detach(handleId: number): Promise<void> {
    await this.send({ janus: 'detach', handle_id: handleId }).catch(() => undefined);
  }

  async close(): Promise<void> {
    if (this.keepalive) clearInterval(this.keepalive);
    if (this.sessionId !== null && this.open) await this.send({ janus: 'destroy' }).catch(() => undefined);
    this.socket.close();
  }

  private send(message: Record<string, unknown>, waitForEvent = false): Promise<JanusMessage> {
    if (!this.open) return Promise.reject(new JanusError(0, 'Janus unavailable'));
    const transaction = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(transaction);
        reject(new JanusError(0, `Janus did not answer in ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.pending.set(transaction, { resolve, reject, timer, waitForEvent });
      this.socket.send(JSON.stringify({ ...message, ...this.credential, transaction, ...(this.sessionId !== null ? { session_id: this.sessionId } : {}) }));
    });
  }

  private receive(message: JanusMessage): void {
    const pending = message.transaction ? this.pending.get(message.transaction) : undefined;
    if (!pending) return;
    if (message.janus === 'ack' && pending.waitForEvent) return;
    clearTimeout(pending.timer);
    this.pending.delete(message.transaction!);
    if (message.janus === 'error') pending.reject(new JanusError(message.error!.code, message.error!.reason));
    else pending.resolve(message);
  }

  private fail(reason: string): void {
    if (this.keepalive) clearInterval(this.keepalive);
    for (const [transaction, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new JanusError(0, reason));
      this.pending.delete(transaction);
    }
    for (const listener of this.closedListeners.splice(0)) listener(reason);
  }
}

function pluginData(answer: JanusMessage): Record<string, unknown> {
  const data = answer.plugindata?.data ?? {};
  if (typeof data.error_code === 'number') throw new JanusError(data.error_code, String(data.error ?? 'Janus plugin error'));
  return data;
}
