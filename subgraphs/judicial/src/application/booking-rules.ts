import {
  ruleError, checkApplicationDay, checkVenue, checkSuspension, checkWardDay, checkApplyAhead, checkEffective, checkRelation, checkScope, checkVisitors,
  nationalCalendar, registeredInProvince, rulePack, type RuleDecision, type RulePack,
} from '@rv/schema';
import type { SubjectRef } from '../subject/subject-ref.entity.js';
import type { VisitorRecord } from './application.entity.js';

function enforce(decision: RuleDecision): RuleDecision {
  if (!decision.allowed) throw ruleError(decision);
  return decision;
}

export interface BookingCheck {
  pack: RulePack;
  /** GD-22: the review may take the pack's extra working days. */
  extendedReview: boolean;
}

/**
 * The subject's pack decides, in one pipeline, whether a family may book this meeting: the

 * pack is in force (YN-38), the subject is not suspended (GD-33, YN-17, SX-10), serves this subject and family (YN-3, SX-1) at this venue (YN-6), takes applications
 * today (YN-14) and this far ahead, on the subject's ward day (SX-2), and allows these visitors (GD-22, SX-5).
 */
export function checkBookingRules(subject: SubjectRef, visitors: VisitorRecord[], today: string, meetingDate: string, wardDays: Record<number, number[]> | null, venueKind: string | null = null): BookingCheck {
  const pack = rulePack(subject.rulePack);
  const inProvince = registeredInProvince(pack, visitors);
  enforce(checkEffective(pack, today));
  enforce(checkSuspension(pack, subject.suspendedUntil, subject.suspensionRule, meetingDate));
  enforce(checkScope(pack, { foreign: subject.foreign }, { registeredInProvince: inProvince }));
  if (venueKind) enforce(checkVenue(pack, venueKind, inProvince));
  enforce(checkApplicationDay(pack, nationalCalendar(), today));
  enforce(checkApplyAhead(pack, today, meetingDate));
  // GD-44: the institution's own rule (its ward days) prevails over the pack's.
  if (subject.ward !== null) enforce(checkWardDay(pack, wardDays ?? undefined, subject.ward, meetingDate));
  for (const visitor of visitors) enforce(checkRelation(pack, subject.crimeCategory, visitor.relation));
  const visitorsDecision = enforce(checkVisitors(pack, visitors, meetingDate));
  return { pack, extendedReview: (visitorsDecision.allowed && visitorsDecision.extendedReview) || false };
}
