import type { EntityManager } from '@rv/kit';
import { clock, translate, type MessageKey, type MessageParams } from '@rv/schema';
import { SmsMessage } from './sms-message.entity.js';

/** An SMS about a family's own account (a one-time code, a changed phone): catalogue keys under `accountSms.`. */
export type AccountSmsKey = Extract<MessageKey, `accountSms.${string}`>;

/**
 * Queues an account's SMS for the dispatcher (the same adapter as every SMS), rendered in zh-CN.
 * It names no application or counter, so no staff SMS log lists it (its text may hold a code).
 * Flushed by the caller with the change it belongs to.
 */
export function queueAccountSms(em: EntityManager, phone: string, key: AccountSmsKey, params: MessageParams = {}): void {
  em.create(SmsMessage, {
    applicationId: null,
    venueId: null,
    phone,
    kind: `account.${key.slice('accountSms.'.length)}`,
    body: translate(key, params, 'zh-CN'),
    createdAt: clock.now(),
  } as SmsMessage);
}
