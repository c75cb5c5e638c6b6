import { describe, expect, it } from 'vitest';
import { BOOKING_CHECKS, CHANNELS, checksFor, type Channel } from './booking-pipeline.js';

const names = (channel: Channel) => checksFor(channel).map((check) => check.name);

describe('the booking pipeline as declared', () => {
  it('ONLINE and COUNTER (GD-19, GD-20) run every check but the relative-in-custody one, in one order', () => {
    const expected = [
      'unitsTakeBookings',
      'dayAtSubjectInstitution',
      'dayAhead',
      'slotLeft',
      'packInForce',
      'subjectNotSuspended',
      'packServesSubject',
      'applicationDay',
      'applyAhead',
      'wardDay',
      'relationInScope',
      'visitorCount',
      'visitorsNotSuspended',
      'visitorsRegistered',
      'householdInProvince',
      'venueServesFamily',
    ];
    expect(names('ONLINE')).toEqual(expected);
    expect(names('COUNTER')).toEqual(expected);
  });

  it('GD-5 / YN-7: a custody meeting has no family venue (YN-6), no household (SX-1) and no family proof to register (GD-17, YN-8(1)), and checks the relative’s own suspension', () => {
    expect(names('CUSTODY')).toEqual([
      'unitsTakeBookings',
      'dayAtSubjectInstitution',
      'dayAhead',
      'slotLeft',
      'packInForce',
      'subjectNotSuspended',
      'relativeInCustodyNotSuspended',
      'packServesSubject',
      'applicationDay',
      'applyAhead',
      'wardDay',
      'relationInScope',
      'visitorCount',
      'visitorsNotSuspended',
    ]);
    expect(CHANNELS.CUSTODY.exempt.venueServesFamily.rule).toBe('YN-6');
  });

  it('YN-9: an inmate’s request skips the family’s registration (the prison names and checks the relatives) and is decided on filing', () => {
    expect(names('INMATE_REQUEST')).not.toContain('visitorsRegistered');
    expect(names('INMATE_REQUEST')).toContain('venueServesFamily');
    expect(names('INMATE_REQUEST')).toContain('subjectNotSuspended');
    expect(CHANNELS.INMATE_REQUEST.decidedOnFiling).toBe(true);
    expect(CHANNELS.ONLINE.decidedOnFiling).toBe(false);
  });

  it('GD-33 / YN-17 / SX-10: every channel checks the subject’s suspension, and the booking rules every family channel shares', () => {
    for (const channel of Object.keys(CHANNELS) as Channel[]) {
      expect(names(channel)).toEqual(
        expect.arrayContaining(['subjectNotSuspended', 'packInForce', 'packServesSubject', 'applicationDay', 'applyAhead', 'visitorCount', 'slotLeft']),
      );
    }
  });

  it('every exemption names a declared check, its rule and why; every check cites its rules', () => {
    const declared = new Set(BOOKING_CHECKS.map((check) => check.name));
    expect(declared.size).toBe(BOOKING_CHECKS.length);
    for (const check of BOOKING_CHECKS) expect(check.rules).toMatch(/[A-Z]{2}-\d+|\(product\)/);
    for (const { exempt } of Object.values(CHANNELS)) {
      for (const [name, { rule, why }] of Object.entries(exempt)) {
        expect(declared).toContain(name);
        expect(rule).toMatch(/[A-Z]{2}-\d+/);
        expect(why.length).toBeGreaterThan(20);
      }
    }
  });
});
