import type { EntityManager, Logger } from '@rv/kit';
import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { clock, translate, translateKeyed, type KeyedParams, type KeyedText, type MessageKey } from '@rv/schema';
import { Account } from '../account/account.entity.js';
import { visitorSideOf, type Application } from '../application/application.entity.js';
import { SmsMessage, SmsStatus } from './sms-message.entity.js';
import type { SmsProvider } from './sms-provider.js';

const MAX_ATTEMPTS = 5;

/** An SMS is a catalogue key under `sms.` and its parameters; the text is rendered in zh-CN, the families' language. */
export type SmsKey = Extract<MessageKey, `sms.${string}`>;

/** GD-26: the family is told the decision by SMS (with the rules on approval, the reason on rejection). */
export function decisionSms(application: Application): { key: SmsKey; params: KeyedParams } {
  const number = application.number;
  if (application.status === 'APPROVED') {
    const date = application.serviceDay.date;
    return {
      key: 'sms.approved',
      params: {
        number,
        month: Number(date.slice(5, 7)),
        day: Number(date.slice(8, 10)),
        time: application.meetingTime ?? '',
        venue: application.venue?.name ?? translate('sms.venueUnnamed'),
      },
    };
  }
  // Issue 14: the reason goes in by key; the SMS's words are made from it in zh-CN, the log's in the reader's language.
  if (application.status === 'REJECTED')
    return { key: 'sms.rejected', params: { number, reason: storedRejection(application) ?? { key: 'sms.reasonUnstated' } } };
  return { key: 'sms.cancelled', params: { number } };
}

/** An application's stored rejection as a keyed text (its rule left out: the SMS names none). */
function storedRejection(application: Application): KeyedText | null {
  return application.rejectionKey ? { key: application.rejectionKey, params: application.rejectionParams ?? {} } : null;
}

/** Queues an SMS about an application in the caller's transaction; no phone on file, no message. */
export async function queueSms(em: EntityManager, application: Application, kind: string, key: SmsKey, params: KeyedParams = {}): Promise<void> {
  const phone = application.applicantPhone ?? (application.proxyAccountId ? (await em.findOne(Account, { id: application.proxyAccountId }))?.phone : null);
  if (!phone) return;
  // The words actually sent (a record of fact) and the key and parameters they were made from (the log's reader's language).
  const body = translateKeyed({ key, params }, 'zh-CN');
  em.create(SmsMessage, {
    applicationId: application.id,
    venueId: visitorSideOf(application),
    phone,
    kind,
    body,
    messageKey: key,
    params,
    createdAt: clock.now(),
  } as SmsMessage);
  await em.flush();
}

/** The decision SMS (approved, rejected or cancelled) for an application. */
export async function queueDecisionSms(em: EntityManager, application: Application, kind: 'decided' | 'cancelled'): Promise<void> {
  const { key, params } = decisionSms(application);
  await queueSms(em, application, kind, key, params);
}

/**
 * Sends pending SMS through the provider, a few at a time. Rows are claimed with SKIP LOCKED,
 * so several judicial replicas never send one message twice.
 */
export function startSmsDispatcher(orm: MikroORM, provider: SmsProvider, logger: Logger, intervalMs = 500): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = async () => {
    const em = orm.em.fork();
    await em.transactional(async (tx) => {
      const batch = await tx.find(
        SmsMessage,
        { status: SmsStatus.PENDING },
        { orderBy: { createdAt: 'asc' }, limit: 20, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      for (const message of batch) {
        message.attempts++;
        try {
          message.providerRef = `${provider.name}:${await provider.send(message.phone, message.body)}`;
          message.status = SmsStatus.SENT;
          message.sentAt = clock.now();
        } catch (error) {
          if (message.attempts >= MAX_ATTEMPTS) message.status = SmsStatus.FAILED;
          logger.warn({ sms: message.id, attempts: message.attempts, err: error }, 'SMS not accepted');
        }
      }
    });
  };
  const timer = setInterval(() => {
    if (stopped || running) return;
    running = tick()
      .catch((error) => logger.error({ err: error }, 'SMS dispatch failed'))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
