import { recordEvents, type EntityManager } from '@rv/kit';
import {
  ruleError,
  CASE_ROLES,
  checkRejectionReason,
  clock,
  keyed,
  ErrorCode,
  forbidden,
  isUuid,
  nextStage,
  notFound,
  rulePack,
  type Identity,
  type ReviewActor,
  rejectionText,
} from '@rv/schema';
import { actsAsBureau } from '../bureau/bureau.entity.js';
import { chinaToday } from '../calendar/today.js';
import { queueDecisionSms } from '../notification/sms.service.js';
import { Application, ApplicationStatus, rejectionColumns } from './application.entity.js';
import { DONE, applicationChangedEvent, releaseBooking, sentToInstitution, stageTiming } from './application.service.js';

type Staff = Identity & { tenantId: string; accountId: string };

/** The application at the given stage, acted on by the venue (or the judicial office's bureau) of the caller. */
async function atStage(
  em: EntityManager,
  staff: Staff,
  id: string,
  stage: string,
  actingUnit: (application: Application) => string | null,
): Promise<Application> {
  const application = isUuid(id) ? await em.findOne(Application, { id }, { populate: ['serviceDay', 'venue'] }) : null;
  if (!application) throw notFound('application');
  if (actingUnit(application) !== staff.tenantId || !CASE_ROLES.some((role) => staff.roles.includes(role))) throw forbidden();
  if (application.stage !== stage || ![ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED, ApplicationStatus.REJECTED].includes(application.status))
    throw keyed(ErrorCode.CONFLICT, 'powers.stage.notAtStage', { stage: application.stage });
  return application;
}

/** YN-8: the bureau that reviews the venue's applications: the venue itself, a judicial office's county bureau, or (GD-41) a designated office itself. */
export const countyBureauOf = (application: Application) => {
  const venue = application.venue;
  if (!venue) return null;
  return actsAsBureau(venue) ? venue.id : (venue.parentBureauId ?? venue.id);
};

async function moveTo(em: EntityManager, application: Application, stage: string): Promise<void> {
  const pack = rulePack(application.rulePack);
  Object.assign(application, stageTiming(pack, stage as ReviewActor, chinaToday(), application.extendedReview));
  await em.flush();
}

/** YN-8: the judicial office's first check; it forwards and cannot reject. */
export async function forwardApplication(em: EntityManager, staff: Staff, id: string): Promise<Application> {
  return em.transactional(async (tx) => {
    const application = await atStage(tx, staff, id, 'JUDICIAL_OFFICE', (a) => a.venue?.id ?? null);
    await moveTo(tx, application, nextStage(rulePack(application.rulePack), 'JUDICIAL_OFFICE')!);
    await recordEvents(tx, 'judicial', [applicationChangedEvent(application)]);
    return application;
  });
}

/**
 * YN-8: the county bureau's review; an approval sends the application to the institution (its
 * stage starts today), a rejection tells the applicant why (a visitor reason of the pack, GD-23).
 */
export async function preReview(
  em: EntityManager,
  staff: Staff,
  id: string,
  approve: boolean,
  reasonCode?: string | null,
  reason?: string | null,
): Promise<Application> {
  return em.transactional(async (tx) => {
    const application = await atStage(tx, staff, id, 'COUNTY_BUREAU', countyBureauOf);
    if (approve) {
      await moveTo(tx, application, nextStage(rulePack(application.rulePack), 'COUNTY_BUREAU')!);
      await recordEvents(tx, 'judicial', [sentToInstitution(application, chinaToday()), applicationChangedEvent(application)]);
      return application;
    }
    const pack = rulePack(application.rulePack);
    const verdict = checkRejectionReason(pack, 'visitor', reasonCode ?? '', reason);
    if (!verdict.allowed) throw ruleError(verdict, ErrorCode.BAD_USER_INPUT, { field: 'reasonCode' });
    // Issue 14: stored by key (the pack's reason, the note, the rule it cites), never as words.
    Object.assign(application, {
      status: ApplicationStatus.REJECTED,
      ...DONE,
      decidedAt: clock.now(),
      ...rejectionColumns(rejectionText(pack, 'visitor', reasonCode, reason)),
    });
    await tx.flush();
    await releaseBooking(tx, application);
    await tx.refresh(application.serviceDay); // the response shows the slot given back
    await recordEvents(tx, 'judicial', [applicationChangedEvent(application)]);
    await queueDecisionSms(tx, application, 'decided');
    return application;
  });
}

/** YN-8(3): the bureau tells the family the institution's reply (itself or through the judicial office). */
export async function notifyFamily(em: EntityManager, staff: Staff, id: string): Promise<Application> {
  return em.transactional(async (tx) => {
    const application = await atStage(tx, staff, id, 'BUREAU_NOTIFY', (a) => (staff.tenantId === a.venue?.id ? a.venue.id : countyBureauOf(a)));
    Object.assign(application, { ...DONE, notifiedAt: clock.now() });
    await tx.flush();
    await recordEvents(tx, 'judicial', [applicationChangedEvent(application)]);
    return application;
  });
}
