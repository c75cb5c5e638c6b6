import { describe, expect, it } from 'vitest';
import { WorkingCalendar, chineseDaysSchedules } from './calendar.js';
import {
  ageOn,
  checkApplicationDay,
  checkExtraMeetings,
  checkInmateRequest,
  checkLongerMeetings,
  checkLanguage,
  understaffedSides,
  checkVenue,
  checkArrival,
  checkMeetingTime,
  checkRegisteredRelationship,
  checkRelationshipRegistration,
  checkApplyAhead,
  checkEffective,
  checkPublication,
  checkRejectionReason,
  checkRelation,
  checkSanctionMonths,
  checkHousehold,
  checkSubjectScope,
  checkServiceDay,
  checkVisitors,
  checkWardDay,
  detaineeEligibility,
  inmateEligibility,
  monthlyAllowance,
  reviewDeadlines,
  type InmateStatus,
} from './evaluate.js';
import { GD, SX, YN, YONGJI_WARD_DAYS } from './packs.js';

const calendar = new WorkingCalendar(chineseDaysSchedules());
const ADULT = { idNumber: '11010519491231002X' };
const CHILD_14_ON_MEETING = { idNumber: '110105201212010016' }; // born 2012-12-01: 14 on 2026-12-01
const CHILD_15 = { idNumber: '110105201111300011' };
const ordinary: InmateStatus = {
  underInvestigation: false,
  isolationReview: false,
  inTraining: false,
  inConfinement: false,
  separateCustody: false,
  admonished: false,
  treatmentLevel: 'ORDINARY',
  lastWarningOrDemerit: null,
  lastConfinementPunishment: null,
  seriousViolationInvestigationOn: null,
};

describe('review deadlines', () => {
  it('GD-22: decision due 3 working days after submission, +2 when extended', () => {
    expect(reviewDeadlines(GD, calendar, '2026-11-23')).toEqual([{ actor: 'INSTITUTION', due: '2026-11-26', rule: 'GD-22', calendarMissing: false }]);
    expect(reviewDeadlines(GD, calendar, '2026-11-23', true)[0].due).toBe('2026-11-30');
    expect(reviewDeadlines(GD, calendar, '2026-09-29')[0].due).toBe('2026-10-09'); // across National Day (10-09 is a Friday working day)
  });

  it('YN-8: judicial office 2, county bureau 2, prison 5, notification 2 working days, one after another', () => {
    const stages = reviewDeadlines(YN, calendar, '2026-11-23');
    expect(stages.map((stage) => [stage.actor, stage.due])).toEqual([
      ['JUDICIAL_OFFICE', '2026-11-25'],
      ['COUNTY_BUREAU', '2026-11-27'],
      ['INSTITUTION', '2026-12-04'],
      ['BUREAU_NOTIFY', '2026-12-08'],
    ]);
    expect(YN.review.stages[0].mayReject).toBe(false);
  });
});

describe('limits per pack', () => {
  it('GD-11 / SX-3: one meeting a month, remote and on-site together; SX lenient level two', () => {
    expect(monthlyAllowance(GD)).toBe(1);
    expect(monthlyAllowance(YN)).toBe(1);
    expect(monthlyAllowance(SX, 'LENIENT')).toBe(2);
    expect(monthlyAllowance(SX, 'STRICT')).toBe(1);
  });

  it('GD-22: more than 3 visitors is not refused in GD but extends the review', () => {
    expect(checkVisitors(GD, [ADULT, ADULT, ADULT], '2026-12-01')).toMatchObject({ allowed: true });
    expect(checkVisitors(GD, [ADULT, ADULT, ADULT], '2026-12-01')).not.toHaveProperty('extendedReview');
    expect(checkVisitors(GD, [ADULT, ADULT, ADULT, ADULT], '2026-12-01')).toMatchObject({ allowed: true, extendedReview: true, rule: 'GD-22' });
    expect(checkVisitors(YN, [ADULT, ADULT, ADULT, ADULT], '2026-12-01')).toMatchObject({ allowed: false, pack: 'YN' });
  });

  it('SX-5: children aged 14 or under are not counted (GD-43: "以下" includes 14) and must come with a guardian', () => {
    expect(ageOn(CHILD_14_ON_MEETING.idNumber, '2026-12-01')).toBe(14);
    expect(checkVisitors(SX, [ADULT, ADULT, ADULT, CHILD_14_ON_MEETING], '2026-12-01').allowed).toBe(true);
    expect(checkVisitors(SX, [ADULT, ADULT, ADULT, CHILD_15], '2026-12-01')).toMatchObject({ allowed: false, rule: 'SX-5' });
    expect(checkVisitors(SX, [CHILD_14_ON_MEETING], '2026-12-01')).toMatchObject({ allowed: false, rule: 'SX-5' });
  });

  it('SX-2: apply at least 10 days ahead; GD has no such limit', () => {
    expect(checkApplyAhead(SX, '2026-11-23', '2026-12-03').allowed).toBe(true);
    expect(checkApplyAhead(SX, '2026-11-23', '2026-12-02')).toMatchObject({ allowed: false, rule: 'SX-2' });
    expect(checkApplyAhead(GD, '2026-11-23', '2026-11-24').allowed).toBe(true);
  });

  it('SX-2: a Yongji ward meets only on its days; ward 11 on the 8th, 18th and 28th', () => {
    expect(checkWardDay(SX, YONGJI_WARD_DAYS, 1, '2026-12-11').allowed).toBe(true);
    expect(checkWardDay(SX, YONGJI_WARD_DAYS, 11, '2026-12-18').allowed).toBe(true);
    expect(checkWardDay(SX, YONGJI_WARD_DAYS, 11, '2026-12-11')).toMatchObject({ allowed: false, rule: 'SX-2' });
    expect(YONGJI_WARD_DAYS[8]).toBeUndefined();
  });

  it('SX-5: duty, financial and organised-crime convictions narrow the relatives to spouse, children, parents, siblings', () => {
    expect(checkRelation(SX, 'ORDINARY', 'GRANDPARENT').allowed).toBe(true);
    expect(checkRelation(SX, 'DUTY_CRIME', 'GRANDPARENT')).toMatchObject({ allowed: false, rule: 'SX-5' });
    expect(checkRelation(SX, 'ORGANISED_CRIME', 'SPOUSE').allowed).toBe(true);
    expect(checkRelation(GD, 'DUTY_CRIME', 'GRANDPARENT').allowed).toBe(true);
  });

  it('YN-14: applications are accepted on working days', () => {
    expect(checkApplicationDay(YN, calendar, '2026-11-28')).toMatchObject({ allowed: false, rule: 'YN-14' });
    expect(checkApplicationDay(YN, calendar, '2026-11-27').allowed).toBe(true);
  });
});

describe('scope and dates of a pack', () => {
  it('YN-38: the YN pack applies from 2023-05-04', () => {
    expect(checkEffective(YN, '2023-05-03').allowed).toBe(false);
    expect(checkEffective(YN, '2023-05-04').allowed).toBe(true);
  });

  it('YN-3: not for foreign or stateless inmates; SX-1: families whose household is proven in the province only', () => {
    expect(checkSubjectScope(YN, { foreign: true })).toMatchObject({ allowed: false, rule: 'YN-3' });
    expect(checkSubjectScope(GD, { foreign: true }).allowed).toBe(true);
    expect(checkHousehold(GD, [null]).allowed).toBe(true);
    expect(checkHousehold(SX, ['110105'])).toMatchObject({ allowed: false, rule: 'SX-1', reasonKey: 'rule.householdOutsideProvince' });
    expect(checkHousehold(SX, ['140102', null])).toMatchObject({ allowed: false, rule: 'SX-1', reasonKey: 'rule.householdNotProven' });
    expect(checkHousehold(SX, ['140102', '140802']).allowed).toBe(true);
  });
});

describe('slots', () => {
  it('GD-13: service days are working days and next month is fixed by the 5th', () => {
    expect(checkServiceDay(GD, calendar, '2026-10-01')).toMatchObject({ allowed: false, rule: 'GD-13' });
    expect(checkServiceDay(GD, calendar, '2026-10-10').allowed).toBe(true);
    expect(checkPublication(GD, '2026-11-05', '2026-12', 'institution', 240).late?.allowed).toBe(true);
    expect(checkPublication(GD, '2026-11-06', '2026-12', 'institution', 240).late).toMatchObject({ allowed: false, rule: 'GD-13' });
    expect(checkPublication(GD, '2026-12-03', '2027-01', 'institution', 240).late?.allowed).toBe(true);
    expect(checkPublication(GD, '2026-12-06', '2027-01', 'institution', 240).late).toMatchObject({ allowed: false, params: { deadline: '2026-12-05' } });
  });

  it('GD-14: at least 240 slots a month at a prison or detox centre, 80 at a county bureau, 20 at a judicial office', () => {
    expect(checkPublication(GD, '2026-11-01', '2026-12', 'institution', 239).belowMinimum).toMatchObject({ allowed: false, rule: 'GD-14' });
    expect(checkPublication(GD, '2026-11-01', '2026-12', 'countyBureau', 80).belowMinimum?.allowed).toBe(true);
    expect(checkPublication(GD, '2026-11-01', '2026-12', 'judicialOffice', 19).belowMinimum?.allowed).toBe(false);
  });
});

describe('eligibility checked from custody status', () => {
  it('GD-24: investigation, isolation review, training and confinement bar an inmate', () => {
    expect(inmateEligibility(GD, ordinary, '2026-11-23')).toEqual([]);
    const codes = inmateEligibility(GD, { ...ordinary, inConfinement: true, inTraining: true }, '2026-11-23').map((f) => f.reason.code);
    expect(codes).toEqual(['TRAINING', 'CONFINEMENT']);
  });

  it('YN-15: within 1 month of a warning, 3 months of confinement, or investigated for a serious violation that day', () => {
    const today = '2026-11-23';
    expect(inmateEligibility(YN, { ...ordinary, lastWarningOrDemerit: '2026-10-24' }, today).map((f) => f.reason.code)).toEqual(['RECENT_WARNING']);
    expect(inmateEligibility(YN, { ...ordinary, lastWarningOrDemerit: '2026-10-23' }, today)).toEqual([]);
    expect(inmateEligibility(YN, { ...ordinary, lastConfinementPunishment: '2026-09-01' }, today).map((f) => f.reason.rule)).toEqual(['YN-15']);
    expect(inmateEligibility(YN, { ...ordinary, seriousViolationInvestigationOn: today }, today)).toHaveLength(1);
    expect(inmateEligibility(GD, { ...ordinary, lastWarningOrDemerit: '2026-11-20' }, today)).toEqual([]);
  });

  it('SX-9: strict level, separate custody and admonition bar an inmate in the SX pack', () => {
    expect(inmateEligibility(SX, { ...ordinary, treatmentLevel: 'STRICT', separateCustody: true }, '2026-11-23').map((f) => f.reason.code)).toEqual([
      'SEPARATE_CUSTODY',
      'STRICT_LEVEL',
    ]);
    expect(inmateEligibility(SX, { ...ordinary, treatmentLevel: 'STRICT' }, '2026-11-23')[0]).toMatchObject({
      detailKey: 'eligibility.strictLevel',
      params: {},
    });
    expect(inmateEligibility(GD, { ...ordinary, treatmentLevel: 'STRICT' }, '2026-11-23')).toEqual([]);
  });

  it('GD-25: physiological detox and restraint bar a detainee', () => {
    expect(detaineeEligibility(GD, { inPhysiologicalDetox: true, underRestraint: false }).map((f) => f.reason.code)).toEqual(['PHYSIOLOGICAL_DETOX']);
  });

  it('GD-23 / GD-26: a rejection gives one of the pack’s reasons, "other" with a written reason', () => {
    expect(checkRejectionReason(GD, 'visitor', 'INVOLVED_IN_CASE', null)).toMatchObject({ allowed: true, rule: 'GD-23' });
    expect(checkRejectionReason(GD, 'inmate', 'OTHER', '')).toMatchObject({ allowed: false, rule: 'GD-24' });
    expect(checkRejectionReason(GD, 'inmate', 'STRICT_LEVEL', null).allowed).toBe(false);
    expect(checkRejectionReason(SX, 'inmate', 'STRICT_LEVEL', null)).toMatchObject({ allowed: true, rule: 'SX-9' });
  });
});

describe('sanctions', () => {
  it('GD-33: a subject’s eligibility is suspended 3 to 6 months', () => {
    expect(checkSanctionMonths(GD, 'ordinary', 3).allowed).toBe(true);
    expect(checkSanctionMonths(GD, 'ordinary', 2)).toMatchObject({ allowed: false, rule: 'GD-33' });
    expect(checkSanctionMonths(GD, 'ordinary', 7).allowed).toBe(false);
  });

  it('YN-17: 1 to 3 months; SX-10: 1–3, serious 6, very serious 12', () => {
    expect(checkSanctionMonths(YN, 'ordinary', 1).allowed).toBe(true);
    expect(checkSanctionMonths(YN, 'ordinary', 4)).toMatchObject({ allowed: false, rule: 'YN-17' });
    expect(checkSanctionMonths(SX, 'serious', 6)).toMatchObject({ allowed: true, rule: 'SX-10' });
    expect(checkSanctionMonths(SX, 'verySerious', 11).allowed).toBe(false);
    expect(checkSanctionMonths(GD, 'serious', 6).allowed).toBe(false);
  });
});

describe('relationship registration', () => {
  const evidence = { registrar: 'INSTITUTION' as const, proofKind: 'HOUSEHOLD_REGISTER', realPersonChecked: false, hasPhoto: false };

  it('GD-17: the subject’s institution registers the relationship; a bureau may not', () => {
    expect(checkRelationshipRegistration(GD, evidence)).toMatchObject({ allowed: true, rule: 'GD-17' });
    expect(checkRelationshipRegistration(GD, { ...evidence, registrar: 'BUREAU' })).toMatchObject({ allowed: false, rule: 'GD-17' });
  });

  it('YN-8(1): the bureau checks with real-person authentication', () => {
    expect(checkRelationshipRegistration(YN, { ...evidence, registrar: 'BUREAU' })).toMatchObject({ allowed: false, rule: 'YN-8(1)' });
    expect(checkRelationshipRegistration(YN, { ...evidence, registrar: 'BUREAU', realPersonChecked: true }).allowed).toBe(true);
    expect(checkRelationshipRegistration(YN, { ...evidence, registrar: 'INSTITUTION', realPersonChecked: true }).allowed).toBe(false);
  });

  it('SX-3(2): a recent photo, checked by the bureau', () => {
    expect(checkRelationshipRegistration(SX, { ...evidence, registrar: 'BUREAU' })).toMatchObject({ allowed: false, rule: 'SX-3(2)' });
    expect(checkRelationshipRegistration(SX, { ...evidence, registrar: 'BUREAU', hasPhoto: true }).allowed).toBe(true);
  });

  it('YN-35 / SX-6: only the listed proofs count (an ID card alone proves no relationship)', () => {
    for (const kind of ['MARRIAGE_CERTIFICATE', 'NOTARIAL_DEED', 'PATERNITY_TEST', 'COMMITTEE_CERTIFICATE', 'JUDGMENT'])
      expect(checkRelationshipRegistration(GD, { ...evidence, proofKind: kind }).allowed).toBe(true);
    expect(checkRelationshipRegistration(GD, { ...evidence, proofKind: 'ID_CARD' })).toMatchObject({ allowed: false, rule: 'GD-17' });
  });

  it('GD-17: later applications need only ID, for the relation that was registered', () => {
    expect(checkRegisteredRelationship(GD, 'SPOUSE', 'SPOUSE').allowed).toBe(true);
    expect(checkRegisteredRelationship(GD, null, 'SPOUSE')).toMatchObject({ allowed: false, rule: 'GD-17' });
    expect(checkRegisteredRelationship(YN, null, 'SPOUSE')).toMatchObject({ allowed: false, rule: 'YN-8(1)', reasonKey: 'rule.registerAtBureauFirst' });
    expect(checkRegisteredRelationship(GD, 'SIBLING', 'SPOUSE').allowed).toBe(false);
  });
});

describe('meeting time and arrival', () => {
  it('YN-8(3): a YN approval names the meeting time; GD does not need one', () => {
    expect(checkMeetingTime(YN, null)).toMatchObject({ allowed: false, rule: 'YN-8(3)' });
    expect(checkMeetingTime(YN, '9:30').allowed).toBe(false);
    expect(checkMeetingTime(YN, '09:30').allowed).toBe(true);
    expect(checkMeetingTime(GD, null).allowed).toBe(true);
  });

  it('YN-10: arrive 30 minutes early; later forfeits the meeting (GD has no such rule)', () => {
    expect(checkArrival(YN, '2026-12-01', '09:30', '2026-12-01T09:00').allowed).toBe(true);
    expect(checkArrival(YN, '2026-12-01', '09:30', '2026-12-01T09:01')).toMatchObject({ allowed: false, rule: 'YN-10' });
    expect(checkArrival(YN, '2026-12-01', '09:30', '2026-12-01T09:01')).toMatchObject({ reasonKey: 'rule.arrivedLate', params: { latest: '09:00' } });
    expect(checkArrival(GD, '2026-12-01', '09:30', '2026-12-01T09:29').allowed).toBe(true);
  });
});

describe('relatives', () => {
  it('YN-36 / YN-37: relatives are spouse, blood (step- and adoptive included), in-law; guardians too — SX-5 narrows them', () => {
    for (const relation of ['SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'GRANDPARENT', 'GRANDCHILD', 'IN_LAW', 'GUARDIAN'])
      expect(checkRelation(YN, 'ORDINARY', relation).allowed).toBe(true);
    expect(checkRelation(SX, 'ORDINARY', 'IN_LAW').allowed).toBe(false);
    expect(checkRelation(SX, 'ORDINARY', 'GUARDIAN').allowed).toBe(true);
  });
});

describe('where a family applies', () => {
  it('YN-6: a family from outside the province applies at a county bureau, not at a judicial office', () => {
    expect(checkVenue(YN, 'JUDICIAL_OFFICE', ['110105'])).toMatchObject({ allowed: false, rule: 'YN-6' });
    expect(checkVenue(YN, 'JUDICIAL_OFFICE', [null])).toMatchObject({ allowed: false, rule: 'YN-6', reasonKey: 'rule.householdNotProvenAtCountyBureau' });
    expect(checkVenue(YN, 'COUNTY_BUREAU', ['110105']).allowed).toBe(true);
    expect(checkVenue(YN, 'JUDICIAL_OFFICE', ['530102']).allowed).toBe(true);
    expect(checkVenue(GD, 'JUDICIAL_OFFICE', ['110105']).allowed).toBe(true);
  });
});

describe('the meeting itself', () => {
  it('SX-8(3): Mandarin only; YN-23: another language only with a translator', () => {
    expect(checkLanguage(SX, 'MINORITY', true)).toMatchObject({ allowed: false, rule: 'SX-8(3)' });
    expect(checkLanguage(YN, 'SIGN', false)).toMatchObject({ allowed: false, rule: 'YN-23' });
    expect(checkLanguage(YN, 'SIGN', true).allowed).toBe(true);
    expect(checkLanguage(GD, 'MANDARIN', false).allowed).toBe(true);
  });

  it('YN-14 / GD-35 / SX-4: only YN has longer meetings (the warden’s recorded approval); GD refuses citing GD-35, SX citing SX-4, never YN-14', () => {
    expect(checkLongerMeetings(YN)).toEqual({ allowed: true, pack: 'YN', rule: 'YN-14' });
    expect(checkLongerMeetings(GD)).toEqual({ allowed: false, pack: 'GD', rule: 'GD-35', reasonKey: 'booking.emergency.noLongerMeeting', params: {} });
    expect(checkLongerMeetings(SX)).toEqual({ allowed: false, pack: 'SX', rule: 'SX-4', reasonKey: 'booking.emergency.noLongerMeeting', params: {} });
  });

  it('SX-4 / GD-35 / YN-14: only SX has extra emergency meetings; GD refuses citing GD-35, YN citing YN-14 (a longer meeting instead)', () => {
    expect(checkExtraMeetings(SX)).toEqual({ allowed: true, pack: 'SX', rule: 'SX-4' });
    expect(checkExtraMeetings(GD)).toEqual({ allowed: false, pack: 'GD', rule: 'GD-35', reasonKey: 'booking.emergency.noExtraMeeting', params: {} });
    expect(checkExtraMeetings(YN)).toEqual({ allowed: false, pack: 'YN', rule: 'YN-14', reasonKey: 'booking.emergency.noExtraMeeting', params: {} });
  });

  it('YN-9 / GD-10 / SX-3: only YN inmates ask for meetings themselves; GD refuses citing GD-10, SX citing SX-3 (the family applies), never YN-9', () => {
    expect(checkInmateRequest(YN)).toEqual({ allowed: true, pack: 'YN', rule: 'YN-9' });
    expect(checkInmateRequest(GD)).toEqual({ allowed: false, pack: 'GD', rule: 'GD-10', reasonKey: 'rule.noInmateRequests', params: { pack: 'GD' } });
    expect(checkInmateRequest(SX)).toEqual({ allowed: false, pack: 'SX', rule: 'SX-3', reasonKey: 'rule.noInmateRequests', params: { pack: 'SX' } });
  });

  it('a refusal cites only the applying pack’s own rules: no pack’s data names another pack’s rule ID', () => {
    for (const pack of [GD, YN, SX]) {
      const cited = JSON.stringify(pack).match(/"(GD|YN|SX|CQ|GZ)-\d+/g) ?? [];
      expect(cited.filter((id) => !id.startsWith(`"${pack.code}-`))).toEqual([]);
    }
  });

  it('YN-25: a side with fewer than two supervising staff is flagged', () => {
    expect(understaffedSides(YN, { INSTITUTION: 2, VENUE: 1 })).toEqual(['VENUE']);
    expect(understaffedSides(GD, { INSTITUTION: 0, VENUE: 0 })).toEqual([]);
  });
});
