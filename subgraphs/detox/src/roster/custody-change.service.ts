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
import { DetoxCentre } from '../centre/detox-centre.entity.js';
import { Detainee } from '../detainee/detainee.entity.js';
import { detaineeDirectoryEntry, detaineeRegisteredEvent } from '../detainee/detainee.service.js';
import { DETAINEE_REVIEWS, recheckSubject } from '../review/review.service.js';
import { DetaineeCustodyChange } from './roster.entity.js';

/** The changes a detainee can have: GD-25 statuses, a brigade move, transfer, release. */
export const DETAINEE_CHANGE_KINDS: CustodyChangeKind[] = [
  CustodyChangeKind.BRIGADE_MOVE,
  CustodyChangeKind.PHYSIOLOGICAL_DETOX,
  CustodyChangeKind.RESTRAINT,
  CustodyChangeKind.TRANSFER,
  CustodyChangeKind.RELEASE,
];

/** Applies the change to the detainee; returns the value before and after (for the record). */
async function applyChange(em: EntityManager, detainee: Detainee, input: CustodyChangeInput): Promise<{ before: string | null; after: string | null }> {
  switch (input.kind) {
    case CustodyChangeKind.PHYSIOLOGICAL_DETOX: {
      // GD-25: in physiological detox treatment
      const before = String(detainee.inPhysiologicalDetox);
      detainee.inPhysiologicalDetox = input.active!;
      return { before, after: String(input.active) };
    }
    case CustodyChangeKind.RESTRAINT: {
      // GD-25: protective restraint or separate management
      const before = String(detainee.underRestraint);
      detainee.underRestraint = input.active!;
      return { before, after: String(input.active) };
    }
    case CustodyChangeKind.BRIGADE_MOVE: {
      const brigade = Number(input.value?.trim());
      if (!Number.isInteger(brigade) || brigade < 1 || brigade > 99) throw invalid('roster.row.notInteger', { max: 99 }, 'value');
      const before = String(detainee.brigade);
      detainee.brigade = brigade;
      return { before, after: String(brigade) };
    }
    case CustodyChangeKind.TRANSFER: {
      // to another centre on the platform (value), or out of it (no value)
      const before = detainee.centre.id;
      const target = input.value?.trim();
      if (!target) {
        detainee.inCustody = false;
        return { before, after: null };
      }
      if (target === before) throw invalid('roster.custody.sameInstitution', {}, 'value');
      const centre = isUuid(target) ? await em.findOne(DetoxCentre, { id: target }) : null;
      if (!centre) throw invalid('roster.custody.noSuchInstitution', {}, 'value');
      detainee.centre = centre;
      return { before, after: centre.id };
    }
    case CustodyChangeKind.RELEASE:
      detainee.inCustody = false;
      return { before: 'IN_CUSTODY', after: 'RELEASED' };
    default:
      throw invalid('roster.custody.kindNotForSubject', {}, 'kind');
  }
}

/**
 * Records one custody change of a detainee of the caller's centre (row locked, one transaction); the
 * detainee's future meetings are checked again: GD-25 an approved meeting the detainee may no longer
 * have is stopped (recheckSubject); a transfer or release stops every open case here, telling each family.
 */
export async function recordDetaineeCustodyChange(
  em: EntityManager,
  staff: RosterStaff,
  input: CustodyChangeInput,
  source = CustodyChangeSource.PORTAL,
  externalId: string | null = null,
): Promise<DetaineeCustodyChange> {
  checkCustodyInput(input, DETAINEE_CHANGE_KINDS);
  return em.transactional(async (tx) => {
    const detainee = isUuid(input.subjectId)
      ? await tx.findOne(Detainee, { id: input.subjectId }, { populate: ['centre'], lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!detainee) throw notFound('detainee');
    if (detainee.centre.id !== staff.tenantId) throw forbidden();
    if (!detainee.inCustody) throw invalid('roster.custody.notInCustody', {}, 'subjectId');
    const centreBefore = detainee.centre.id;
    const { before, after } = await applyChange(tx, detainee, input);
    await tx.flush();
    const cancelled =
      input.kind === CustodyChangeKind.TRANSFER || input.kind === CustodyChangeKind.RELEASE
        ? await endOpenCases(tx, DETAINEE_REVIEWS, detainee.id, centreBefore, input.kind === CustodyChangeKind.RELEASE ? 'RELEASED' : 'TRANSFERRED')
        : await recheckSubject(tx, detainee.id);
    await recordEvents(tx, 'detox', [detaineeRegisteredEvent(detaineeDirectoryEntry(detainee))]);
    const lasting = input.kind === CustodyChangeKind.PHYSIOLOGICAL_DETOX || input.kind === CustodyChangeKind.RESTRAINT;
    const change = tx.create(DetaineeCustodyChange, {
      subjectId: detainee.id,
      institutionId: centreBefore,
      kind: input.kind,
      active: lasting ? input.active : null,
      before,
      after,
      effectiveOn: input.effectiveOn,
      note: input.note?.trim() || null,
      source,
      recordedBy: staff.accountId,
      recordedAt: clock.now(),
      cancelledMeetings: cancelled,
      externalId,
    } as DetaineeCustodyChange);
    await tx.flush();
    return change;
  });
}

export function detaineeCustodyChanges(em: EntityManager, detaineeId: string): Promise<DetaineeCustodyChange[]> {
  return em.find(DetaineeCustodyChange, { subjectId: detaineeId }, { orderBy: { recordedAt: 'desc' } });
}

/** The centre's own system sends custody events by detainee number and its own event id (each recorded once). */
export function syncDetaineeCustodyEvents(em: EntityManager, staff: RosterStaff, events: CustodyEvent[]): Promise<DetaineeCustodyChange[]> {
  return syncCustodyEvents(
    em,
    DetaineeCustodyChange,
    staff,
    events,
    async (tx, number) => (await tx.findOne(Detainee, { detaineeNumber: number }))?.id ?? null,
    (tx, input, externalId) => recordDetaineeCustodyChange(tx, staff, input, CustodyChangeSource.SYNC, externalId),
  );
}
