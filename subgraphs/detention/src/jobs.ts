import type { Logger } from '@rv/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { alertLegalHelpDue } from './legal-help/legal-help.service.js';
import { flagOverdue } from './queue/queue.service.js';

/** CQ-3 overdue flags and CQ-1 legal-help alerts, checked every `intervalMs` (each flags a row once). */
export function startAlertTicker(orm: MikroORM, logger: Logger, intervalMs = 30_000): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = Promise.all([flagOverdue(orm.em.fork()), alertLegalHelpDue(orm.em.fork())]).catch((error) => logger.error({ err: error }, 'detention alerts'));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return { stop: async () => { clearInterval(timer); await running; } };
}
