import type { EntityManager, NewEvent } from '@rv/kit';
import { Application, ApplicationStatus, PairState, rejectionColumns } from '../application/application.entity.js';
import { applicationChangedEvent, releaseBooking } from '../application/application.service.js';

/**
 * YN-7: each inmate applies to his or her own prison; the meeting takes place only when both are
 * approved, and it is one meeting for the pair. The two applications carry the pair's state; the
 * meeting belongs to the pair's first application (filed first; numbers are random, issue 19), so whichever approval comes
 * last, and however often the event is replayed, media schedules one meeting.
 */

/** The other inmate's own application for the same day, if filed, is paired with this one. */
export async function pairWithCounterpart(em: EntityManager, application: Application): Promise<void> {
  // Both prisons filing the two halves at the same instant: one waits for the other's commit.
  const key = [application.subjectId, application.visitorSubjectId].sort().join(':') + `:${application.serviceDay.date}`;
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [key]);
  const [counterpart] = await em.execute<{ id: string }[]>(
    `update "judicial"."application" a set paired_application_id = ?
       from "judicial"."service_day" d
      where a.service_day_id = d.id and d.date = ? and a.subject_id = ? and a.visitor_subject_id = ?
        and a.paired_application_id is null and a.status in ('SUBMITTED', 'APPROVED')
      returning a.id`,
    [application.id, application.serviceDay.date, application.visitorSubjectId, application.subjectId],
  );
  application.pairState = PairState.WAITING;
  if (counterpart) application.pairedApplicationId = counterpart.id;
  await em.flush();
}

/** Row locks on both halves, in one order, so two decisions on a pair run one after the other. */
export async function lockPair(em: EntityManager, application: Application): Promise<void> {
  const ids = [application.id, application.pairedApplicationId].filter((id): id is string => !!id).sort();
  await em.execute(`select id from "judicial"."application" where id in (?) order by id for update`, [ids]);
}

export interface PairOutcome {
  /** The other half, as it stands now (null: not filed yet). */
  partner: Application | null;
  /** Both approved now: the pair's meeting is scheduled. */
  bothApproved: boolean;
  /** The other half was stopped here (released by the caller). */
  stoppedPartner: boolean;
}

/**
 * After a decision on one half (its row already updated, both rows locked): an approval waits
 * for the other half, or completes the pair; a refusal or withdrawal stops the other half.
 */
export async function settlePair(em: EntityManager, application: Application): Promise<PairOutcome> {
  const partner = application.pairedApplicationId
    ? await em.findOne(Application, { id: application.pairedApplicationId }, { populate: ['serviceDay', 'venue'], refresh: true })
    : null;
  if (application.status === ApplicationStatus.APPROVED) {
    const bothApproved = partner?.status === ApplicationStatus.APPROVED;
    if (bothApproved) {
      const [first, second] = filedFirst(application, partner) ? [application, partner] : [partner, application];
      await setPairState(em, [first], PairState.MEETS);
      await setPairState(em, [second], PairState.JOINS);
    }
    return { partner, bothApproved, stoppedPartner: false };
  }
  await setPairState(em, [application], PairState.STOPPED);
  if (!partner) return { partner, bothApproved: false, stoppedPartner: false };
  const closed = {
    status: ApplicationStatus.CANCELLED,
    ...rejectionColumns({ key: 'booking.custody.pairStopped' }),
    pairState: PairState.STOPPED,
    stage: 'DONE',
    stageDueOn: null,
  };
  const stopped = await em.nativeUpdate(
    Application,
    { id: partner.id, status: { $in: [ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED] } },
    { ...closed },
  );
  if (stopped) Object.assign(partner, closed);
  return { partner, bothApproved: false, stoppedPartner: stopped > 0 };
}

/** The half filed earlier (the same instant: the lower number, so both sides agree). */
function filedFirst(one: Application, other: Application): boolean {
  const [a, b] = [one.submittedAt.getTime(), other.submittedAt.getTime()];
  return a !== b ? a < b : one.number < other.number;
}

async function setPairState(em: EntityManager, applications: Application[], state: PairState): Promise<void> {
  await em.nativeUpdate(Application, { id: { $in: applications.map((application) => application.id) } }, { pairState: state });
  for (const application of applications) application.pairState = state;
}

/**
 * After one half changed (approved, refused or withdrawn; both rows locked): settles the pair and
 * gives back what a stopped other half had taken. Returns the other half's application.changed,
 * when it changed (its institution is told; media schedules or drops the pair's one meeting).
 */
export async function followPairChange(em: EntityManager, application: Application): Promise<NewEvent[]> {
  const { partner, bothApproved, stoppedPartner } = await settlePair(em, application);
  if (stoppedPartner) await releaseBooking(em, partner!);
  return partner && (bothApproved || stoppedPartner) ? [applicationChangedEvent(partner)] : [];
}
