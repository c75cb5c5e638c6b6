import { eventsRecording, executePrepared, findById, inserting, together, type EntityManager, type Part } from '@rv/kit';
import { PriorityCategory, clock, invalid, isUuid, monthlyAllowance, nextStage, notFound, unauthenticated, type RulePack } from '@rv/schema';
import { ForeignKeyConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { randomInt } from 'node:crypto';
import { actingKind, type CountyBureau } from '../bureau/bureau.entity.js';
import { allowanceTaking } from '../allowance/allowance.service.js';
import { queueSms } from '../notification/sms.service.js';
import { ServiceDay } from '../slot/service-day.entity.js';
import { slotFull, slotTaking, venueDayRead } from '../slot/slot.service.js';
import { Application, ApplicationStatus, SubjectKind } from './application.entity.js';
import { CHANNELS, checkBooking, type BookingDraft, type CheckedBooking } from './booking-pipeline.js';
import { BookingTurns, type Checked } from './booking-turns.js';
import { DONE, applicationChangedEvent, monthOf, sentToInstitution, stageTiming, type StageTiming } from './application.service.js';

/** Who filed, as the application records it (the idempotency key is unique per filer). */
export type FiledBy = { proxyAccountId: string } | { filedByStaffId: string };

/** What the filer adds to a checked booking: who, under which key, for whom. */
export interface Reservation {
  filedBy: FiledBy;
  idempotencyKey: string;
  /** GD-18: the family's own real-name details when staff file for it (never shown unmasked). */
  applicant?: { name: string; idNumber: string; phone: string | null } | null;
  reason?: string | null;
  /** YN-8(3) / YN-9: the time the deciding institution set. */
  meetingTime?: string | null;
}

export function checkIdempotencyKey(key: string): void {
  if (!/^[\w-]{8,64}$/.test(key)) throw invalid('booking.idempotencyKey', {}, 'idempotencyKey');
}

/** The service day a filer chose, or NOT_FOUND. */
export async function chosenServiceDay(tx: EntityManager, id: string): Promise<ServiceDay> {
  const day = isUuid(id) ? await findById(tx, ServiceDay, id) : null;
  if (!day) throw notFound('serviceDay');
  return day;
}

/**
 * Every channel's filing: a retry returns the first application; otherwise one transaction drafts
 * the booking (the channel's own part), runs it through the pipeline and reserves it, or writes
 * nothing.
 */
export async function fileBooking(
  em: EntityManager,
  filedBy: FiledBy,
  input: { idempotencyKey: string; serviceDayId: string },
  draft: (tx: EntityManager) => Promise<{ draft: BookingDraft; reservation: Reservation }>,
): Promise<Application> {
  return fileOnce(em, filedBy, input, async (tx) => {
    const drafted = await draft(tx);
    return reserveBooking(tx, await checkBooking(tx, drafted.draft), drafted.reservation);
  });
}

/**
 * The one reservation step of every channel, in the caller's transaction: the venue's day and the
 * filer's priority offer (one statement), then the application (numbered), its events, the venue's
 * slot, the subject's month and the institution's slot (one statement). The hot rows (the days, the
 * month) are taken last, so they stay locked from that statement to the commit.
 */
export async function reserveBooking(tx: EntityManager, checked: CheckedBooking, reservation: Reservation): Promise<Application> {
  const { draft, pack, extendedReview } = checked;
  const { subject, serviceDay, venue } = draft;
  const decided = CHANNELS[draft.channel].decidedOnFiling;
  const now = clock.now();
  // GD-14: the venue's own day, if it publishes days; GD-39 / YN-18: the filer's priority offer, if one waits.
  const [[venueDay], offer] = await together(tx, [
    venue ? venueDayRead(venue.id, serviceDay.date) : null,
    decided ? null : priorityOfferTaking(subject.id, reservation.filedBy),
  ]);
  const venueServiceDayId = venueDay?.day_id ?? null;
  // Written with the last statement below (kit's inserting), not by a flush of its own.
  const application = tx.create(
    Application,
    {
      number: drawApplicationNumber(draft.today),
      status: decided ? ApplicationStatus.APPROVED : ApplicationStatus.SUBMITTED,
      submittedAt: now,
      decidedAt: decided ? now : null,
      subjectKind: subject.kind as SubjectKind,
      subjectId: subject.id,
      institutionId: subject.institutionId,
      venue,
      venueServiceDayId,
      serviceDay,
      visitorInstitutionId: draft.relativeInCustody?.institutionId ?? null,
      visitorSubjectId: draft.relativeInCustody?.id ?? null,
      proxyAccountId: 'proxyAccountId' in reservation.filedBy ? reservation.filedBy.proxyAccountId : null,
      filedByStaffId: 'filedByStaffId' in reservation.filedBy ? reservation.filedBy.filedByStaffId : null,
      applicantName: reservation.applicant?.name.trim() ?? null,
      applicantIdNumber: reservation.applicant?.idNumber ?? null,
      applicantPhone: reservation.applicant?.phone ?? null,
      visitors: draft.visitors.map(({ name, idNumber, relation }) => ({ name: name.trim(), idNumber, relation })),
      reason: reservation.reason?.trim() || null,
      idempotencyKey: reservation.idempotencyKey,
      extendedReview,
      // A decided booking has no queue to jump; the offer stays for the family's next application.
      priority: offer.length > 0,
      priorityCategory: offer.length ? PriorityCategory.RESCHEDULE : null,
      rescheduleOffered: false,
      rulePack: pack.code,
      ...(decided ? DONE : firstStage(pack, venue, draft.today, extendedReview)),
      notifiedAt: null,
      meetingTime: reservation.meetingTime ?? null,
      pairState: null,
      emergencyMinutes: 0,
      emergencyApproval: null,
    },
    { persist: false },
  );
  // The application, its events, the venue's slot, the subject's month and the institution's slot: one statement (kit's together).
  await together(tx, [
    inserting(tx, application),
    eventsRecording('judicial', [
      ...(application.stage === 'INSTITUTION' ? [sentToInstitution(application, draft.today)] : []),
      applicationChangedEvent(application),
    ]),
    ...(venueServiceDayId ? [slotTaking(venueServiceDayId)] : []),
    allowanceTaking(subject.id, monthOf(serviceDay.date), monthlyAllowance(pack, subject.treatmentLevel), pack.code),
    slotTaking(serviceDay.id),
  ]);
  // GD-39 / YN-18: the family hears that its reschedule was received and goes first.
  if (application.priorityCategory === PriorityCategory.RESCHEDULE)
    await queueSms(tx, application, 'rescheduled', 'sms.rescheduleReceived', { number: application.number, date: serviceDay.date });
  return application;
}

/**
 * YN-8: where the chain starts; a judicial office's first check only when the family applied at
 * one. GD-5 / YN-7: with no family venue there is no bureau stage: the institution reviews first.
 */
function firstStage(pack: RulePack, venue: CountyBureau | null, today: string, extended: boolean): StageTiming {
  if (!venue) return stageTiming(pack, 'INSTITUTION', today, extended);
  let actor = pack.review.stages[0].actor;
  if (actor === 'JUDICIAL_OFFICE' && actingKind(venue) !== 'JUDICIAL_OFFICE') actor = nextStage(pack, actor) ?? 'INSTITUTION';
  return stageTiming(pack, actor, today, extended);
}

/**
 * GD-39 / YN-18: a booking stopped by a suspension gives the same filer's next application for the subject
 * priority, once: one conditional update takes the offer, so of two filings racing for it one has it.
 */
function priorityOfferTaking(subjectId: string, filedBy: FiledBy): Part<{ id: string }> {
  const [column, filer] = filerColumn(filedBy);
  return {
    sql: `update "judicial"."application" set reschedule_offered = false
      where id = (select id from "judicial"."application" where subject_id = ? and ${column} = ? and reschedule_offered limit 1 for update)
      returning id`,
    params: [subjectId, filer],
  };
}

/** The application's column naming who filed, and its value. */
function filerColumn(filedBy: FiledBy): [column: 'proxy_account_id' | 'filed_by_staff_id', filer: string] {
  return 'proxyAccountId' in filedBy ? ['proxy_account_id', filedBy.proxyAccountId] : ['filed_by_staff_id', filedBy.filedByStaffId];
}

/** A filing as its check sees it. */
interface Filing {
  em: EntityManager;
  filedBy: FiledBy;
  idempotencyKey: string;
  serviceDayId: string;
}

/** Booking transactions at a time in this process (the database pool's size, kit's default), and filings checked in one statement. */
const BOOKING_TURNS = 10;
const CHECKED_AT_ONCE = 100;
const turns = new BookingTurns<Filing>(checkFilings, BOOKING_TURNS, CHECKED_AT_ONCE);

/**
 * Files an application once per filer and key: a retry returns the first application, and of two
 * racing with one key the loser returns the winner's. `create` runs in one transaction and writes
 * everything or nothing. Before it, in its turn, the filing is checked for a retry and for a day that
 * already reads full, together with the filings waiting with it (booking-turns.ts).
 */
export async function fileOnce(
  em: EntityManager,
  filedBy: FiledBy,
  input: { idempotencyKey: string; serviceDayId: string },
  create: (tx: EntityManager) => Promise<Application>,
): Promise<Application> {
  const outcome = await turns.take({ em, filedBy, idempotencyKey: input.idempotencyKey, serviceDayId: input.serviceDayId });
  if ('replay' in outcome) return em.findOneOrFail(Application, { id: outcome.replay }, { populate: ['serviceDay', 'venue'] });
  if ('full' in outcome) throw slotFull();
  try {
    return await inFilingTransaction(em, create);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const winner = await em.fork().findOne(Application, { ...filedBy, idempotencyKey: input.idempotencyKey }, { populate: ['serviceDay', 'venue'] });
      if (winner) return winner;
    }
    throw error;
  } finally {
    outcome.turn.release();
  }
}

/** One statement for many filings: each one's retried first application, and whether its day already reads full. */
async function checkFilings(filings: Filing[]): Promise<Checked[]> {
  const uuidOrNull = (id: string) => (isUuid(id) ? id : null);
  const rows = filings.map((filing, i) => ({
    i,
    proxy: 'proxyAccountId' in filing.filedBy ? uuidOrNull(filing.filedBy.proxyAccountId) : null,
    staff: 'filedByStaffId' in filing.filedBy ? uuidOrNull(filing.filedBy.filedByStaffId) : null,
    key: filing.idempotencyKey,
    day: uuidOrNull(filing.serviceDayId),
  }));
  // Prepared (kit): planned once per connection, where it was planned for every batch (58 ms of PostgreSQL's CPU a storm).
  const found = await executePrepared<{ replay: string | null; full: boolean | null }>(
    filings[0].em,
    `select coalesce((select id from "judicial"."application" a where a.proxy_account_id = w.proxy and a.idempotency_key = w.key),
                     (select id from "judicial"."application" a where a.filed_by_staff_id = w.staff and a.idempotency_key = w.key)) as replay,
            (select taken >= capacity from "judicial"."service_day" d where d.id = w.day) as full
       from jsonb_to_recordset(?::jsonb) as w(i int, proxy uuid, staff uuid, key text, day uuid)
      order by w.i`,
    [JSON.stringify(rows)],
  );
  return found.map((row) => ({ replay: row.replay, full: row.full === true }));
}

/** The unique index on the application's number. */
const NUMBER_KEY = 'application_number_key';
/** The application's references to the account that filed it. */
const FILER_REFERENCES = new Set(['application_proxy_account_id_fkey', 'application_filed_by_staff_id_fkey']);

/**
 * A transaction that files an application: made again when the number it drew was taken (a clash in
 * 10^10 a day, see drawApplicationNumber). The filing account must exist: a token can outlive its
 * account (or name one that never was). The application's reference to the account is the check: it
 * fails when there is none, which answered INTERNAL before (issue 19), and it keeps the account from
 * being deleted until the commit.
 */
export async function inFilingTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.transactional(work);
    } catch (error) {
      const constraint = (error as { constraint?: string }).constraint ?? '';
      if (error instanceof UniqueConstraintViolationException && constraint === NUMBER_KEY && attempt < 3) continue;
      if (error instanceof ForeignKeyConstraintViolationException && FILER_REFERENCES.has(constraint)) throw unauthenticated();
      throw error;
    }
  }
}

/**
 * 申请编号: the day (readable on the receipt, GD-20) and ten random digits, so that knowing one
 * number and an ID number on it does not lead to the person's other bookings (GD-26 look-up, issue 19).
 * 10^10 a day: a number drawn twice fails the unique index, and the filing is made again with a new
 * draw (inFilingTransaction), rather than checked for beforehand by a statement every booking paid.
 */
function drawApplicationNumber(today: string): string {
  return `${today.replaceAll('-', '')}${randomInt(0, 10_000_000_000).toString().padStart(10, '0')}`;
}
