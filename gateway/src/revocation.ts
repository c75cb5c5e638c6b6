import { Topic, type AccountRevoked, type OutboxEvent } from '@rv/schema';
import pg from 'pg';
import type { VerifiedToken } from './auth.js';

/** graphql-ws close codes: 4401 the token expired, 4403 the account's tokens were revoked (deactivated, reset, roles changed). */
export const CLOSE_EXPIRED = 4401;
export const CLOSE_REVOKED = 4403;

/** How far back revocations matter: no token lives longer (judicial's TOKEN_TTL_SECONDS), with a margin. */
const LOOKBACK_HOURS = 9;

interface AccountState {
  version: number;
  active: boolean;
}

interface OpenSocket {
  close(code: number, reason: string): void;
}

/**
 * Issue 15 / 19: which tokens are void, and the open sockets to close when one becomes void. Every
 * gateway replica learns of revocations from judicial's outbox (`account.revoked`, the feed it reads
 * for subscriptions anyway), so a request costs a map look-up, not a database query. At start it reads
 * the revocations of the last hours from the same outbox (older tokens have expired anyway).
 */
export class Revocations {
  private readonly accounts = new Map<string, AccountState>();
  private readonly sockets = new Map<string, Map<OpenSocket, VerifiedToken>>();
  private sweeper: NodeJS.Timeout | undefined;

  /** The revocations still in force, from judicial's outbox; call after the feed started (nothing falls between). */
  async load(databaseUrl: string): Promise<void> {
    const client = new pg.Client({ connectionString: databaseUrl, application_name: 'rv-gateway-revocations' });
    await client.connect();
    try {
      const { rows } = await client.query<{ payload: AccountRevoked }>(
        `select payload from "judicial"."outbox" where topic = $1 and created_at > now() - make_interval(hours => $2) order by seq`,
        [Topic.ACCOUNT_REVOKED, LOOKBACK_HOURS],
      );
      for (const row of rows) this.remember(row.payload);
    } finally {
      await client.end();
    }
  }

  private remember(revoked: AccountRevoked): void {
    const known = this.accounts.get(revoked.accountId);
    if (!known || known.version <= revoked.tokenVersion) this.accounts.set(revoked.accountId, { version: revoked.tokenVersion, active: revoked.active });
  }

  isRevoked(token: VerifiedToken): boolean {
    const state = token.identity.accountId ? this.accounts.get(token.identity.accountId) : undefined;
    return !!state && (!state.active || token.version < state.version);
  }

  /** Outbox events: revocations are remembered and the account's sockets whose token became void are closed (4403). */
  apply(events: OutboxEvent[]): void {
    for (const event of events) {
      if (event.topic !== Topic.ACCOUNT_REVOKED) continue;
      this.remember(event.payload as AccountRevoked);
      for (const [socket, token] of this.sockets.get((event.payload as AccountRevoked).accountId) ?? []) {
        if (this.isRevoked(token)) socket.close(CLOSE_REVOKED, 'Forbidden: revoked');
      }
    }
  }

  /** An open socket and the token it was opened with; forgotten again when it closes. */
  track(socket: OpenSocket & { once(event: 'close', listener: () => void): unknown }, token: VerifiedToken): void {
    const accountId = token.identity.accountId!;
    const open = this.sockets.get(accountId) ?? new Map<OpenSocket, VerifiedToken>();
    this.sockets.set(accountId, open);
    open.set(socket, token);
    socket.once('close', () => {
      open.delete(socket);
      if (!open.size) this.sockets.delete(accountId);
    });
  }

  /** Issue 19: a token expires on an open socket too; checked every `intervalMs`, the socket is closed with 4401. */
  startExpirySweep(intervalMs: number): void {
    this.sweeper = setInterval(() => {
      const now = Date.now() / 1000;
      for (const open of this.sockets.values()) {
        for (const [socket, token] of open) if (token.expiresAt <= now) socket.close(CLOSE_EXPIRED, 'Unauthorized: token expired');
      }
    }, intervalMs);
    this.sweeper.unref();
  }

  stop(): void {
    clearInterval(this.sweeper);
  }
}
