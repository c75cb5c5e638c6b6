import { recordEvents, type EntityManager } from '@rv/kit';
import { TenantKind, clock, forbidden, invalid, type Identity, type KeyedText } from '@rv/schema';
import { Application, ApplicationStatus } from '../application/application.entity.js';
import { applicationChangedEvent, releaseBooking } from '../application/application.service.js';
import { followPairChange } from '../custody/pair.service.js';
import { chinaToday, isIsoDate } from '../calendar/today.js';
import { queueSms } from '../notification/sms.service.js';
import { SuspensionCause, SuspensionNotice, noticeText } from './suspension-notice.entity.js';

/** GD-39: the cause decides who may give notice. */
const ISSUERS: Record<SuspensionCause, TenantKind[]> = {
  UNIT_FAULT: [TenantKind.PRISON, TenantKind.DETOX_CENTRE, TenantKind.COUNTY_BUREAU, TenantKind.JUDICIAL_OFFICE],
  POLICY_CHANGE: [TenantKind.PRISON_BUREAU, TenantKind.DETOX_BUREAU],
  SYSTEM_UPGRADE: [TenantKind.PROVINCE],
  HOLIDAY_SCHEDULE: [TenantKind.PROVINCE],
};

/** Which bookings a notice reaches: the unit's own, the bureau's kind of institution, or all. */
function affectedBookings(issuer: Identity & { tenantId: string }): Record<string, unknown> {
  switch (issuer.tenantKind) {
    case TenantKind.PRISON:
    case TenantKind.DETOX_CENTRE:
      return { institutionId: issuer.tenantId };
    case TenantKind.COUNTY_BUREAU:
    case TenantKind.JUDICIAL_OFFICE:
      return { venue: issuer.tenantId };
    case TenantKind.PRISON_BUREAU:
      return { subjectKind: 'INMATE' };
    case TenantKind.DETOX_BUREAU:
      return { subjectKind: 'DETAINEE' };
    default:
      return {};
  }
}

export interface NoticeInput {
  cause: SuspensionCause;
  fromDate: string;
  toDate: string;
  /** Staff's own words (required unless the platform writes the notice by key). */
  message: string;
  /** Issue 14: the platform's notice by key (a newly entered year's holidays). */
  messageKeyed?: KeyedText | null;
}

/**
 * GD-39: meetings stop for a period. Every affected booking is suspended and its slot and
 * month given back, its family told by SMS, and a priority reschedule offered (YN-18 likewise
 * reschedules with priority): the family's next application for that subject goes first.
 */
export async function issueSuspensionNotice(
  em: EntityManager,
  issuer: Identity & { tenantId: string; accountId: string },
  input: NoticeInput,
): Promise<SuspensionNotice> {
  if (!ISSUERS[input.cause].includes(issuer.tenantKind!)) throw forbidden('forbidden.suspensionAuthority');
  if (!isIsoDate(input.fromDate) || !isIsoDate(input.toDate) || input.toDate < input.fromDate) throw invalid('suspension.badPeriod', {}, 'fromDate');
  if (input.toDate < chinaToday()) throw invalid('suspension.periodOver', {}, 'toDate');
  if (!input.message.trim() || input.message.length > 500) throw invalid('suspension.messageRequired', {}, 'message');
  return em.transactional(async (tx) => {
    const bookings = await tx.find(
      Application,
      {
        ...affectedBookings(issuer),
        status: { $in: [ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED] },
        serviceDay: { date: { $gte: input.fromDate, $lte: input.toDate } },
      },
      { populate: ['serviceDay', 'venue'] },
    );
    return suspendBookings(tx, issuer, input, bookings);
  });
}

/**
 * GD-39: the notice reaches these bookings: each is suspended, its slot and month given back, its
 * family told by SMS and offered a priority reschedule; the notice is recorded. Also used when a
 * newly entered year makes published days holidays (calendar).
 */
export async function suspendBookings(
  tx: EntityManager,
  issuer: Identity & { tenantId: string },
  input: NoticeInput,
  bookings: Application[],
): Promise<SuspensionNotice> {
  const notice = {
    message: input.message.trim(),
    messageKey: input.messageKeyed?.key ?? null,
    messageParams: input.messageKeyed ? (input.messageKeyed.params ?? {}) : null,
  };
  for (const application of bookings) {
    application.status = ApplicationStatus.SUSPENDED;
    application.rescheduleOffered = true;
    await releaseBooking(tx, application);
    await queueSms(tx, application, 'suspended', 'sms.suspended', {
      from: input.fromDate,
      to: input.toDate,
      message: noticeText(notice),
      number: application.number,
    });
  }
  await tx.flush();
  // YN-7: a pair's other half cannot meet alone: it is stopped and released too.
  const partners = [];
  for (const application of bookings.filter((booking) => booking.pairState)) partners.push(...(await followPairChange(tx, application)));
  await recordEvents(tx, 'judicial', [...bookings.map(applicationChangedEvent), ...partners]);
  return tx.create(SuspensionNotice, {
    cause: input.cause,
    issuerKind: issuer.tenantKind!,
    issuerId: issuer.tenantId,
    fromDate: input.fromDate,
    toDate: input.toDate,
    ...notice,
    affected: bookings.length,
    issuedAt: clock.now(),
  });
}
