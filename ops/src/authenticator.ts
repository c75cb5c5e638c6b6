import { TOTP_STEP_SECONDS, totpCodeAt } from '@rv/judicial';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO_TOTP_SECRET } from './demo.js';

/** The last time step each account signed in with, in this test process (each test file has its own database). */
const lastStep = new Map<string, number>();

/**
 * Issue 15: an authenticator code `account` has not used yet. The server accepts a code once (its
 * time step must be later than the account's last), and one step ahead of now; so a test signing in
 * the same account again takes the next step, and after two in one step waits for the clock.
 */
export async function freshTotpCode(account: string, secret = DEMO_TOTP_SECRET): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / 1000 / TOTP_STEP_SECONDS);
    const step = Math.max(now, (lastStep.get(account) ?? 0) + 1);
    if (step <= now + 1) {
      lastStep.set(account, step);
      return totpCodeAt(secret, step);
    }
    await sleep((now + 1) * TOTP_STEP_SECONDS * 1000 - Date.now() + 50);
  }
}
