import {
  CustodyChangeKind,
  CustodyChangeSource,
  checkCustodyInput,
  endOpenCases,
  recordEvents,
  syncCustodyEvents,
  type CustodyChangeInput,
  type CustodyEvent,
  type EntityManager,
  type RosterStaff,
} from '@rv/kit';
import { clock, forbidden, invalid, isUuid, notFound } from '@rv/schema';
import { LockMode } from '@mikro-orm/core';
import { CustodyStatus, Inmate, TreatmentLevel } from '../inmate/inmate.entity.js';
import { directoryEntry, inmateRegisteredEvent } from '../inmate/inmate.service.js';
import { Prison, Ward } from '../prison/prison.entity.js';
import { INMATE_REVIEWS, recheckSubject } from '../review/review.service.js';
import { CRIME_CATEGORIES } from './inmate-roster.js';
import { InmateCustodyChange } from './roster.entity.js';

/** The changes an inmate can have (GD-24 / YN-15 / SX-9 statuses, SX-5 category, moves, transfer, release). */
export const INMATE_CHANGE_KINDS: CustodyChangeKind[] = [
  CustodyChangeKind.WARD_MOVE,
  CustodyChangeKind.TREATMENT_LEVEL,
  CustodyChangeKind.CRIME_CATEGORY,
  CustodyChangeKind.TRAINING,
  CustodyChangeKind.CONFINEMENT,
  CustodyChangeKind.INVESTIGATION,
  CustodyChangeKind.SERIOUS_VIOLATION_INVESTIGATION,
  CustodyChangeKind.SEPARATE_CUSTODY,
  CustodyChangeKind.ADMONITION,
  CustodyChangeKind.WARNING,
  CustodyChangeKind.DEMERIT,
  CustodyChangeKind.ISOLATION_REVIEW,
  CustodyChangeKind.TRANSFER,
  CustodyChangeKind.RELEASE,
];

/** Statuses that start and end, and the inmate's field each sets (read by inmateEligibility). */
const FLAGS: Partial<Record<CustodyChangeKind, 'inTraining' | 'inConfinement' | 'underInvestigation' | 'separateCustody' | 'admonished' | 'isolationReview'>> =
  {
    [CustodyChangeKind.TRAINING]: 'inTraining',
    [CustodyChangeKind.CONFINEMENT]: 'inConfinement',
    [CustodyChangeKind.INVESTIGATION]: 'underInvestigation',
    [CustodyChangeKind.SEPARATE_CUSTODY]: 'separateCustody',
    [CustodyChangeKind.ADMONITION]: 'admonished',
    [CustodyChangeKind.ISOLATION_REVIEW]: 'isolationReview',
  };

function requireValue(input: CustodyChangeInput): string {
  const value = input.value?.trim();
  if (!value) throw invalid('roster.custody.valueRequired', {}, 'value');
  return value;
}

/** Applies the change to the inmate; returns the value before and after (for the record). */
async function applyChange(em: EntityManager, inmate: Inmate, input: CustodyChangeInput): Promise<{ before: string | null; after: string | null }> {
  const flag = FLAGS[input.kind];
  if (flag) {
    const before = String(inmate[flag]);
    inmate[flag] = input.active!;
    // YN-15(4): "within 3 months of a confinement punishment" counts from the day it was imposed.
    if (input.kind === CustodyChangeKind.CONFINEMENT && input.active) inmate.lastConfinementPunishment = input.effectiveOn;
    return { before, after: String(input.active) };
  }
  switch (input.kind) {
    case CustodyChangeKind.WARNING:
    case CustodyChangeKind.DEMERIT: {
      // YN-15(4): within 1 month of a warning or demerit
      const before = inmate.lastWarningOrDemerit;
      if (!before || before < input.effectiveOn) inmate.lastWarningOrDemerit = input.effectiveOn;
      return { before, after: inmate.lastWarningOrDemerit };
    }
    case CustodyChangeKind.SERIOUS_VIOLATION_INVESTIGATION: {
      // YN-15(5): on the day of the investigation
      const before = inmate.seriousViolationInvestigationOn;
      inmate.seriousViolationInvestigationOn = input.effectiveOn;
      return { before, after: input.effectiveOn };
    }
    case CustodyChangeKind.TREATMENT_LEVEL: {
      // SX-9: the strict level bars meetings; SX-3 lenient allows two
      const value = requireValue(input);
      if (!Object.values(TreatmentLevel).includes(value as TreatmentLevel))
        throw invalid('roster.row.badChoice', { choices: Object.values(TreatmentLevel).join('、') }, 'value');
      const before = inmate.treatmentLevel;
      inmate.treatmentLevel = value as TreatmentLevel;
      return { before, after: value };
    }
    case CustodyChangeKind.CRIME_CATEGORY: {
      // SX-5: the category decides the relative scope
      const value = requireValue(input);
      if (!CRIME_CATEGORIES.includes(value)) throw invalid('roster.row.badChoice', { choices: CRIME_CATEGORIES.join('、') }, 'value');
      const before = inmate.crimeCategory;
      inmate.crimeCategory = value;
      return { before, after: value };
    }
    case CustodyChangeKind.WARD_MOVE: {
      const number = Number(requireValue(input));
      const ward = await em.findOne(Ward, { prison: inmate.prison.id, number });
      if (!ward) throw invalid('roster.row.noSuchWard', { ward: input.value!.trim() }, 'value');
      const before = String(inmate.ward.number);
      inmate.ward = ward;
      return { before, after: String(number) };
    }
    case CustodyChangeKind.TRANSFER: {
      // to another prison on the platform (value), or out of it (no value)
      const before = inmate.prison.id;
      const target = input.value?.trim();
      if (!target) {
        inmate.custodyStatus = CustodyStatus.TRANSFERRED;
        return { before, after: null };
      }
      if (target === before) throw invalid('roster.custody.sameInstitution', {}, 'value');
      const prison = isUuid(target) ? await em.findOne(Prison, { id: target }) : null;
      if (!prison) throw invalid('roster.custody.noSuchInstitution', {}, 'value');
      const ward = (await em.findOne(Ward, { prison, number: inmate.ward.number })) ?? (await em.findOne(Ward, { prison }, { orderBy: { number: 'asc' } }));
      if (!ward) throw invalid('roster.custody.noSuchInstitution', {}, 'value');
      Object.assign(inmate, { prison, ward });
      return { before, after: prison.id };
    }
    case CustodyChangeKind.RELEASE:
      inmate.custodyStatus = CustodyStatus.RELEASED;
      return { before: CustodyStatus.IN_CUSTODY, after: CustodyStatus.RELEASED };
    default:
      throw invalid('roster.custody.kindNotForSubject', {}, 'kind');
  }
}

/**
 * Records one custody change of an inmate of the caller's prison, in one transaction (the inmate's row
 * locked): the status changes, the change is kept as a dated event, judicial's directory follows, and
 * the inmate's future meetings are checked again. GD-24 / YN-15 / SX-9: an approved meeting the inmate
 * may no longer have on its day is stopped (recheckSubject: slot and month back, SMS, meeting
 * cancelled); a transfer or release stops every open case here, telling each family.
 */
export async function recordInmateCustodyChange(
  em: EntityManager,
  staff: RosterStaff,
  input: CustodyChangeInput,
  source = CustodyChangeSource.PORTAL,
  externalId: string | null = null,
): Promise<InmateCustodyChange> {
  checkCustodyInput(input, INMATE_CHANGE_KINDS);
  return em.transactional(async (tx) => {
    const inmate = isUuid(input.subjectId)
      ? await tx.findOne(Inmate, { id: input.subjectId }, { populate: ['prison', 'ward'], lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!inmate) throw notFound('inmate');
    if (inmate.prison.id !== staff.tenantId) throw forbidden();
    if (inmate.custodyStatus !== CustodyStatus.IN_CUSTODY) throw invalid('roster.custody.notInCustody', {}, 'subjectId');
    const prisonBefore = inmate.prison.id;
    const { before, after } = await applyChange(tx, inmate, input);
    await tx.flush();
    const cancelled =
      input.kind === CustodyChangeKind.TRANSFER || input.kind === CustodyChangeKind.RELEASE
        ? await endOpenCases(tx, INMATE_REVIEWS, inmate.id, prisonBefore, input.kind === CustodyChangeKind.RELEASE ? 'RELEASED' : 'TRANSFERRED')
        : await recheckSubject(tx, inmate.id);
    await recordEvents(tx, 'prison', [inmateRegisteredEvent(directoryEntry(inmate))]);
    const change = tx.create(InmateCustodyChange, {
      subjectId: inmate.id,
      institutionId: prisonBefore,
      kind: input.kind,
      active: typeof input.active === 'boolean' && FLAGS[input.kind] ? input.active : null,
      before,
      after,
      effectiveOn: input.effectiveOn,
      note: input.note?.trim() || null,
      source,
      recordedBy: staff.accountId,
      recordedAt: clock.now(),
      cancelledMeetings: cancelled,
      externalId,
    } as InmateCustodyChange);
    await tx.flush();
    return change;
  });
}

/** An inmate's custody changes, newest first: the prison's own staff, or the supervising bureau and province. */
export function inmateCustodyChanges(em: EntityManager, inmateId: string): Promise<InmateCustodyChange[]> {
  return em.find(InmateCustodyChange, { subjectId: inmateId }, { orderBy: { recordedAt: 'desc' } });
}

/** The prison's own system sends custody events by inmate number and its own event id (each recorded once). */
export function syncInmateCustodyEvents(em: EntityManager, staff: RosterStaff, events: CustodyEvent[]): Promise<InmateCustodyChange[]> {
  return syncCustodyEvents(
    em,
    InmateCustodyChange,
    staff,
    events,
    async (tx, number) => (await tx.findOne(Inmate, { inmateNumber: number }))?.id ?? null,
    (tx, input, externalId) => recordInmateCustodyChange(tx, staff, input, CustodyChangeSource.SYNC, externalId),
  );
}
