import { together, type EntityManager } from '@rv/kit';
import {
  checkApplicationDay,
  checkApplyAhead,
  checkEffective,
  checkHousehold,
  checkRelation,
  checkSubjectScope,
  checkSuspension,
  checkVenue,
  checkVisitors,
  checkWardDay,
  invalid,
  nationalCalendar,
  ruleError,
  rulePack,
  type ProvenHousehold,
  type RuleDecision,
  type RulePack,
} from '@rv/schema';
import { actingKind, type CountyBureau } from '../bureau/bureau.entity.js';
import { barredVisitorsRead, refuseBarredVisitors, type BarredVisitor } from '../sanction/visitor-sanction.service.js';
import {
  provenHouseholds,
  refuseUnregisteredVisitors,
  registeredByIdNumber,
  registeredVisitorsRead,
  type RegisteredVisitor,
} from '../relationship/relationship.service.js';
import type { ServiceDay } from '../slot/service-day.entity.js';
import type { InstitutionRef } from '../slot/institution-ref.entity.js';
import { slotFull } from '../slot/slot.service.js';
import type { SubjectRef } from '../subject/subject-ref.entity.js';
import type { VisitorRecord } from './application.entity.js';
import { applyingAssignment, institutionRead, refuseInactiveUnit } from '../unit/unit-directory.js';

/**
 * ARCHITECTURE: a booking, whatever its channel, passes one pipeline. Each channel says how a
 * booking reaches us; the checks below are the same for all, except what a channel is exempt
 * from, written down here with the rule that makes the check meaningless for it. A new rule is
 * one more entry in BOOKING_CHECKS; a new channel (lawyers, YN-34 / CQ) is one more entry in
 * CHANNELS.
 */
export type Channel = 'ONLINE' | 'COUNTER' | 'CUSTODY' | 'INMATE_REQUEST';

/** A booking as its channel drafted it, before any check. */
export interface BookingDraft {
  channel: Channel;
  /** The subject whose institution reviews, whose day, slot and month are taken. */
  subject: SubjectRef;
  serviceDay: ServiceDay;
  /** Where the family sits; none when the visitor is a relative in custody (GD-5, YN-7). */
  venue: CountyBureau | null;
  visitors: VisitorRecord[];
  /** GD-5 / YN-7: the relative in custody on the visitor side. */
  relativeInCustody: SubjectRef | null;
  today: string;
}

/** What the checks found that the reservation needs. */
export interface CheckedBooking {
  draft: BookingDraft;
  pack: RulePack;
  /** GD-22: oversize or overlong, so the review may take the pack's extra working days. */
  extendedReview: boolean;
}

interface CheckContext extends BookingDraft {
  tx: EntityManager;
  /** The subject's institution as judicial's directory knows it (active or not, its packs by day). */
  institution: InstitutionRef;
  /** The pack in force at the institution on the filing day (issue 15), with its SX-2 ward days. */
  pack: RulePack;
  wardDays: Record<number, number[]> | null;
  /** The visitors' registered relationships to the subject (GD-17), read once. */
  registered: Map<string, RegisteredVisitor>;
  /** The bars on the visitors in force on the day (with GD-33). */
  barred: BarredVisitor[];
  /** 户籍 (SX-1, YN-6): each visitor's household as staff saw it proven, null where none was (never the ID digits). */
  households: ProvenHousehold[];
}

type CheckResult = void | { extendedReview?: boolean };

export interface BookingCheck {
  name: string;
  /** The rules the check enforces (the applying pack's own ID comes back in the decision). */
  rules: string;
  run(ctx: CheckContext): CheckResult | Promise<CheckResult>;
}

function enforce(decision: RuleDecision): RuleDecision {
  if (!decision.allowed) throw ruleError(decision);
  return decision;
}

/** Every booking rule, in the order they run, over the rows checkBooking read for them in one statement. */
export const BOOKING_CHECKS: readonly BookingCheck[] = [
  {
    name: 'unitsTakeBookings',
    rules: '(product) issue 15: a deactivated institution or venue takes no new bookings, and says why',
    run: ({ institution, venue }) => {
      refuseInactiveUnit(institution);
      if (venue) refuseInactiveUnit(venue);
    },
  },
  {
    name: 'dayAtSubjectInstitution',
    rules: 'GD-12',
    run: ({ serviceDay, subject }) => {
      if (serviceDay.institutionId !== subject.institutionId) throw invalid('booking.dayNotAtInstitution', {}, 'serviceDayId');
    },
  },
  {
    name: 'dayAhead',
    rules: '(product) only a future day is sold',
    run: ({ serviceDay, today }) => {
      if (serviceDay.date <= today) throw invalid('booking.pastDay', {}, 'serviceDayId');
    },
  },
  {
    // takeSlot's conditional update is the real guard; this refuses early what already reads full.
    name: 'slotLeft',
    rules: 'GD-12',
    run: ({ serviceDay }) => {
      if (serviceDay.taken >= serviceDay.capacity) throw slotFull();
    },
  },
  { name: 'packInForce', rules: 'YN-38', run: ({ pack, today }) => void enforce(checkEffective(pack, today)) },
  {
    name: 'subjectNotSuspended',
    rules: 'GD-33 / YN-17 / SX-10',
    run: ({ pack, subject, serviceDay }) => void enforce(checkSuspension(pack, subject.suspendedUntil, subject.suspensionRule, serviceDay.date)),
  },
  {
    // The relative's own institution's pack says how long its suspension runs.
    name: 'relativeInCustodyNotSuspended',
    rules: 'GD-33 / YN-17 / SX-10',
    run: ({ relativeInCustody: relative, serviceDay }) => {
      if (relative) enforce(checkSuspension(rulePack(relative.rulePack), relative.suspendedUntil, relative.suspensionRule, serviceDay.date));
    },
  },
  { name: 'packServesSubject', rules: 'YN-3', run: ({ pack, subject }) => void enforce(checkSubjectScope(pack, subject)) },
  { name: 'applicationDay', rules: 'YN-14', run: ({ pack, today }) => void enforce(checkApplicationDay(pack, nationalCalendar(), today)) },
  { name: 'applyAhead', rules: 'SX-2', run: ({ pack, today, serviceDay }) => void enforce(checkApplyAhead(pack, today, serviceDay.date)) },
  {
    // GD-44: the institution's own rule (its ward days) prevails over the pack's.
    name: 'wardDay',
    rules: 'SX-2 / GD-44',
    run: ({ pack, wardDays, subject, serviceDay }) => {
      if (subject.ward === null) return;
      enforce(checkWardDay(pack, wardDays ?? undefined, subject.ward, serviceDay.date));
    },
  },
  {
    name: 'relationInScope',
    rules: 'SX-5',
    run: ({ pack, subject, visitors }) => visitors.forEach((visitor) => enforce(checkRelation(pack, subject.crimeCategory, visitor.relation))),
  },
  {
    name: 'visitorCount',
    rules: 'GD-22 / SX-5(4)',
    run: ({ pack, visitors, serviceDay }) => {
      const decision = enforce(checkVisitors(pack, visitors, serviceDay.date));
      return { extendedReview: (decision.allowed && decision.extendedReview) || false };
    },
  },
  {
    name: 'visitorsNotSuspended',
    rules: '(product) with GD-33',
    run: ({ barred }) => refuseBarredVisitors(barred),
  },
  {
    name: 'visitorsRegistered',
    rules: 'GD-17 / YN-8(1) / SX-3(2)',
    run: ({ subject, visitors, registered }) => refuseUnregisteredVisitors(subject, visitors, registered),
  },
  // 户籍 is recorded with the registration, so these read what visitorsRegistered found registered.
  { name: 'householdInProvince', rules: 'SX-1', run: ({ pack, households }) => void enforce(checkHousehold(pack, households)) },
  {
    name: 'venueServesFamily',
    rules: 'YN-6',
    run: ({ pack, venue, households }) => void enforce(checkVenue(pack, venue ? actingKind(venue) : '', households)),
  }, // GD-41
];

export interface ChannelDeclaration {
  /** Checks this channel skips, each with the rule that makes it meaningless here. */
  exempt: Record<string, { rule: string; why: string }>;
  /**
   * YN-9(2): the filer is the deciding institution itself, so the booking is born approved (no
   * review chain, no queue to jump); otherwise it enters the pack's review chain.
   */
  decidedOnFiling: boolean;
}

const NO_RELATIVE_IN_CUSTODY = { rule: 'GD-5 / YN-7', why: 'no visitor is held in custody: there is no relative’s own suspension to check' };

/** The channels a booking arrives by, and what each is exempt from (everything else applies). */
export const CHANNELS: Record<Channel, ChannelDeclaration> = {
  /** GD-15 / GD-19: a proxy online. */
  ONLINE: { exempt: { relativeInCustodyNotSuspended: NO_RELATIVE_IN_CUSTODY }, decidedOnFiling: false },
  /** GD-20: a bureau clerk for a walk-in family. */
  COUNTER: { exempt: { relativeInCustodyNotSuspended: NO_RELATIVE_IN_CUSTODY }, decidedOnFiling: false },
  /** GD-5 / YN-7: an institution for its own subject and a relative held elsewhere. */
  CUSTODY: {
    exempt: {
      venueServesFamily: { rule: 'YN-6', why: 'the visitor is in custody: there is no family venue of household or residence to choose' },
      householdInProvince: {
        rule: 'SX-1',
        why: 'the visitor is held by an institution of the province, not a family applying at a bureau: there is no household to prove',
      },
      visitorsRegistered: {
        rule: 'GD-5 / YN-7',
        why: 'no family applies: the filing institution names the relative in custody by exact name and ID number from custody records, so there is no first application whose proof must be registered (GD-17, YN-8(1))',
      },
    },
    decidedOnFiling: false,
  },
  /** YN-9: an inmate asks the prison, which names the family's bureau when it approves. */
  INMATE_REQUEST: {
    exempt: {
      relativeInCustodyNotSuspended: NO_RELATIVE_IN_CUSTODY,
      visitorsRegistered: {
        rule: 'YN-9 / YN-35',
        why: 'the family does not apply: the prison names the relatives from the inmate’s Form 1 and checks them itself (YN-35 ¶2: against the admission register), so there is no family’s first application to prove (YN-8(1))',
      },
    },
    decidedOnFiling: true,
  },
};

/** The checks a channel runs, in order. */
export function checksFor(channel: Channel): BookingCheck[] {
  return BOOKING_CHECKS.filter((check) => !(check.name in CHANNELS[channel].exempt));
}

/** Runs the channel's checks over the draft; the first refusal throws (with its pack and rule). */
export async function checkBooking(tx: EntityManager, draft: BookingDraft): Promise<CheckedBooking> {
  const { subject, visitors, serviceDay } = draft;
  const [[institution], registeredRows, barred] = await together(tx, [
    institutionRead(subject.institutionId),
    registeredVisitorsRead(subject.id, visitors),
    barredVisitorsRead(subject.id, visitors, serviceDay.date),
  ]);
  if (!institution) throw new Error(`institution ${subject.institutionId} of subject ${subject.id} is not known`);
  // Issue 15: the pack in force on the filing day; the application keeps it whatever changes later.
  const applying = applyingAssignment(institution, draft.today);
  const pack = rulePack(applying.pack);
  const registered = registeredByIdNumber(registeredRows);
  const ctx: CheckContext = {
    ...draft,
    tx,
    institution,
    pack,
    wardDays: applying.wardDays,
    registered,
    barred,
    households: provenHouseholds(visitors, registered),
  };
  let extendedReview = false;
  for (const check of checksFor(draft.channel)) {
    const result = await check.run(ctx);
    extendedReview ||= result?.extendedReview ?? false;
  }
  return { draft, pack, extendedReview };
}
