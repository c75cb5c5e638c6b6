import type { Logger } from '@rv/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { alertLegalHelpDue, flagLegalHelpOverdue } from './legal-help/legal-help.service.js';
import { flagDueSoon, flagOverdue } from './queue/queue.service.js';

/** CQ-3 near and overdue flags and CQ-1 legal-help alerts (each with the leaders' SMS), checked every `intervalMs` (each flags a row once). */
export const checkDeadlines = (orm: MikroORM) =>
  Promise.all([flagDueSoon(orm.em.fork()), flagOverdue(orm.em.fork()), alertLegalHelpDue(orm.em.fork()), flagLegalHelpOverdue(orm.em.fork())]);

export function startAlertTicker(orm: MikroORM, logger: Logger, intervalMs = 30_000): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = checkDeadlines(orm).catch((error) => logger.error({ err: error }, 'detention alerts'));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
