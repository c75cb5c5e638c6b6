import { describe, expect, it } from 'vitest';
import { addMonthsClamped } from './calendar.js';
import { inmateEligibility, suspensionEndsOn, type InmateStatus } from './evaluate.js';
import { GD, SX, YN } from './packs.js';

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
const codes = (pack = YN, status: Partial<InmateStatus>, meetingDate: string) =>
  inmateEligibility(pack, { ...ordinary, ...status }, meetingDate).map((finding) => finding.reason.code);

describe('calendar months clamped to the month’s end (one helper for every period rule)', () => {
  it('adds months, clamping to the last day of a shorter month', () => {
    expect(addMonthsClamped('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29'); // leap year
    expect(addMonthsClamped('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonthsClamped('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonthsClamped('2026-11-15', 1)).toBe('2026-12-15');
  });

  it('crosses the year boundary both ways', () => {
    expect(addMonthsClamped('2026-12-31', 1)).toBe('2027-01-31');
    expect(addMonthsClamped('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonthsClamped('2027-01-31', -1)).toBe('2026-12-31');
    expect(addMonthsClamped('2027-01-15', -3)).toBe('2026-10-15');
    expect(addMonthsClamped('2026-12-31', 12)).toBe('2027-12-31');
  });

  it('subtracts months, clamping too', () => {
    expect(addMonthsClamped('2026-11-30', -1)).toBe('2026-10-30');
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsClamped('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-05-31', -3)).toBe('2026-02-28');
  });
});

describe('YN-15: periods counted back from the meeting day', () => {
  it('YN-15(4): a warning on 2026-10-31 bars a meeting on 2026-11-30 but not one on 2026-12-01', () => {
    expect(codes(YN, { lastWarningOrDemerit: '2026-10-31' }, '2026-11-30')).toEqual(['RECENT_WARNING']);
    expect(codes(YN, { lastWarningOrDemerit: '2026-10-31' }, '2026-12-01')).toEqual([]);
  });

  it('YN-15(4): at the month’s end one month back is clamped, not overflowed (31 March − 1 month = 28 February)', () => {
    expect(codes(YN, { lastWarningOrDemerit: '2026-03-01' }, '2026-03-31')).toEqual(['RECENT_WARNING']);
    expect(codes(YN, { lastWarningOrDemerit: '2026-02-28' }, '2026-03-31')).toEqual([]);
    expect(codes(YN, { lastWarningOrDemerit: '2026-03-02' }, '2026-03-31')).toEqual(['RECENT_WARNING']);
  });

  it('YN-15(4): a warning in the year before the meeting (2026-12-31 → meeting 2027-01-30 / 2027-01-31)', () => {
    expect(codes(YN, { lastWarningOrDemerit: '2026-12-31' }, '2027-01-30')).toEqual(['RECENT_WARNING']);
    expect(codes(YN, { lastWarningOrDemerit: '2026-12-31' }, '2027-01-31')).toEqual([]);
  });

  it('YN-15(4): within 3 months of a confinement punishment, counted back from the meeting day (31 May − 3 months = 28 February)', () => {
    expect(codes(YN, { lastConfinementPunishment: '2026-03-01' }, '2026-05-31')).toEqual(['RECENT_CONFINEMENT']);
    expect(codes(YN, { lastConfinementPunishment: '2026-02-28' }, '2026-05-31')).toEqual([]);
    expect(codes(YN, { lastConfinementPunishment: '2026-11-30' }, '2027-02-28')).toEqual(['RECENT_CONFINEMENT']);
    expect(codes(YN, { lastConfinementPunishment: '2026-11-28' }, '2027-02-28')).toEqual([]);
  });

  it('YN-15: the finding says when, as a key and its parameters', () => {
    expect(inmateEligibility(YN, { ...ordinary, lastWarningOrDemerit: '2026-10-31' }, '2026-11-30')[0]).toMatchObject({
      detailKey: 'eligibility.recentWarning',
      params: { date: '2026-10-31' },
      reason: { rule: 'YN-15', labelKey: 'reason.inmate.RECENT_WARNING' },
    });
  });

  it('YN-15(5): a serious-violation investigation counts on the meeting day itself, not the day of review', () => {
    expect(codes(YN, { seriousViolationInvestigationOn: '2026-12-10' }, '2026-12-10')).toEqual(['SERIOUS_VIOLATION_INVESTIGATION']);
    expect(codes(YN, { seriousViolationInvestigationOn: '2026-12-03' }, '2026-12-10')).toEqual([]);
  });

  it('GD-24 has no period grounds: a warning the day before does not bar a GD meeting', () => {
    expect(codes(GD, { lastWarningOrDemerit: '2026-11-29' }, '2026-11-30')).toEqual([]);
  });
});

describe('SX-9: the seed’s whole list', () => {
  it('SX-9: training (集训), investigation/prosecution/trial and confinement bar an SX inmate, citing SX-9', () => {
    const findings = inmateEligibility(SX, { ...ordinary, inTraining: true, underInvestigation: true, inConfinement: true }, '2026-12-10');
    expect(findings.map((finding) => [finding.reason.code, finding.reason.rule])).toEqual([
      ['UNDER_INVESTIGATION', 'SX-9'],
      ['TRAINING', 'SX-9'],
      ['CONFINEMENT', 'SX-9'],
    ]);
    expect(SX.rejectionReasons.inmate.map((reason) => reason.code)).toEqual([
      'STRICT_LEVEL',
      'TRAINING',
      'MONTHLY_COUNT_USED',
      'UNDER_INVESTIGATION',
      'CONFINEMENT',
      'SEPARATE_CUSTODY',
      'ISOLATION_REVIEW',
      'ADMONITION',
      'OTHER',
    ]);
    expect(SX.rejectionReasons.inmate.every((reason) => reason.rule === 'SX-9')).toBe(true);
  });
});

describe('suspensions end on the same day N months later, clamped', () => {
  it('GD-33 / YN-17 / SX-10: 1 month from 31 January ends 28 or 29 February, never 2 or 3 March', () => {
    expect(suspensionEndsOn('2027-01-31', 1)).toBe('2027-02-28');
    expect(suspensionEndsOn('2028-01-31', 1)).toBe('2028-02-29');
    expect(suspensionEndsOn('2026-11-30', 3)).toBe('2027-02-28');
    expect(suspensionEndsOn('2026-12-03', 6)).toBe('2027-06-03');
    expect(suspensionEndsOn('2026-12-31', 12)).toBe('2027-12-31');
    expect(suspensionEndsOn('2026-08-31', 6)).toBe('2027-02-28');
  });
});
