import type { EntityManager } from '@rv/kit';
import { ErrorCode, keyed, notFound } from '@rv/schema';
import { Application } from '../application/application.entity.js';
import { take, throttles } from '../throttle/throttle.js';

/** A number as typed or read aloud: spaces and hyphens between the digit groups do not count. */
export function normaliseNumber(number: string): string {
  return number.replace(/[\s-]/g, '');
}

/**
 * GD-26: anyone may look a result up with the application number and an ID number on it.
 * Misses are counted per client address (issue 19): after THROTTLES.resultLookupPerClient misses the
 * client waits, so numbers cannot be walked; a hit gives its point back (a family checking often is fine).
 */
export async function lookUpResult(em: EntityManager, typedNumber: string, idNumber: string, client: string | null): Promise<Application> {
  const limits = await throttles(em);
  const from = client ?? 'unknown';
  const wait = await take(limits.resultLookupPerClient, from);
  if (wait) throw keyed(ErrorCode.TOO_MANY_REQUESTS, 'error.tooManyLookups', { minutes: Math.ceil(wait / 60) }, { retryAfterSeconds: wait });
  const number = normaliseNumber(typedNumber);
  const application = number.length <= 32 ? await em.findOne(Application, { number }, { populate: ['serviceDay', 'venue'] }) : null;
  const onIt = application && (application.applicantIdNumber === idNumber || application.visitors.some((visitor) => visitor.idNumber === idNumber));
  // One answer for "no such number" and "not your number", so the look-up reveals nothing.
  if (!application || !onIt) throw notFound('application');
  await limits.resultLookupPerClient.reward(from, 1);
  return application;
}
