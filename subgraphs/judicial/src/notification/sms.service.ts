import type { EntityManager, Logger } from '@rv/kit';
import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Account } from '../account/account.entity.js';
import { visitorSideOf, type Application } from '../application/application.entity.js';
import { SmsMessage, SmsStatus } from './sms-message.entity.js';
import type { SmsProvider } from './sms-provider.js';

const MAX_ATTEMPTS = 5;

function dateText(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** GD-26: the family is told the decision by SMS (with the rules on approval, the reason on rejection). */
export function decisionText(application: Application): string {
  const head = `【远程会见】您的会见申请（编号${application.number}）`;
  if (application.status === 'APPROVED')
    return `${head}已获批准。会见时间${dateText(application.serviceDay.date)}${application.meetingTime ?? ''}，请会见人携带本人身份证原件提前到${application.venue?.name ?? '会见地点'}签署承诺书，遵守会见纪律。`;
  if (application.status === 'REJECTED') return `${head}未获批准，原因：${application.rejectionReason ?? '未注明'}。`;
  return `${head}已取消，号源已释放。`;
}

/** Queues an SMS about an application in the caller's transaction; no phone on file, no message. */
export async function queueSms(em: EntityManager, application: Application, kind: string, body: string): Promise<void> {
  const phone = application.applicantPhone
    ?? (application.proxyAccountId ? (await em.findOne(Account, { id: application.proxyAccountId }))?.phone : null);
  if (!phone) return;
  em.create(SmsMessage, { applicationId: application.id, venueId: visitorSideOf(application), phone, kind, body, createdAt: new Date() } as SmsMessage);
  await em.flush();
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
      const batch = await tx.find(SmsMessage, { status: SmsStatus.PENDING }, { orderBy: { createdAt: 'asc' }, limit: 20, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
      for (const message of batch) {
        message.attempts++;
        try {
          message.providerRef = `${provider.name}:${await provider.send(message.phone, message.body)}`;
          message.status = SmsStatus.SENT;
          message.sentAt = new Date();
        } catch (error) {
          if (message.attempts >= MAX_ATTEMPTS) message.status = SmsStatus.FAILED;
          logger.warn({ sms: message.id, attempts: message.attempts, err: error }, 'SMS not accepted');
        }
      }
    });
  };
  const timer = setInterval(() => {
    if (stopped || running) return;
    running = tick().catch((error) => logger.error({ err: error }, 'SMS dispatch failed')).finally(() => { running = null; });
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
