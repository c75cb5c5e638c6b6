import { recordEvent, type EntityManager } from '@rv/kit';
import { Topic, type AccountRevoked } from '@rv/schema';
import type { Account } from './account.entity.js';

/**
 * Issue 15 / 19: voids every token the account holds, in the caller's transaction. The token version
 * goes up (tokens carry the version they were signed under) and `account.revoked` goes out through the
 * outbox: every gateway replica refuses the older tokens from then on and closes the account's open
 * sockets (4403). The account row must be locked by the caller (the version is read-modify-write).
 */
export async function revokeTokens(em: EntityManager, account: Account, reason: AccountRevoked['reason']): Promise<void> {
  account.tokenVersion += 1;
  const payload: AccountRevoked = { accountId: account.id, tokenVersion: account.tokenVersion, active: account.active, reason };
  await recordEvent(em, 'judicial', { topic: Topic.ACCOUNT_REVOKED, aggregateType: 'account', aggregateId: account.id, audience: [], payload });
}
