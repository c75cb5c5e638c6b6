import { describe, expect, it } from 'vitest';
import { caseFilter, caseScope } from './case-scope.js';
import type { Identity } from './tenants.js';

const staff = (tenantKind: Identity['tenantKind'], roles: Identity['roles']): Identity => ({ accountId: 'a', tenantKind, tenantId: 't', roles });

describe('who may see a case', () => {
  it('the family its own, a bureau its counter, an institution its subjects, supervisors their domain', () => {
    expect(caseScope({ accountId: 'p', tenantKind: null, tenantId: null, roles: ['PROXY'] })).toEqual({ field: 'proxyAccountId', value: 'p' });
    expect(caseScope(staff('COUNTY_BUREAU', ['INTAKE_CLERK']))).toEqual({ field: 'venueId', value: 't' });
    expect(caseScope(staff('JUDICIAL_OFFICE', ['REVIEWER']))).toEqual({ field: 'venueId', value: 't' });
    expect(caseScope(staff('PRISON', ['MONITOR']))).toEqual({ field: 'institutionId', value: 't' });
    expect(caseScope(staff('PRISON_BUREAU', ['SUPERVISOR']))).toEqual({ field: 'subjectKind', value: 'INMATE' });
    expect(caseScope(staff('DETOX_BUREAU', ['SUPERVISOR']))).toEqual({ field: 'subjectKind', value: 'DETAINEE' });
    expect(caseFilter(caseScope(staff('PROVINCE', ['ADMIN'])))).toEqual({});
  });

  it('refuses the auditor, the anonymous and unknown tenant kinds', () => {
    expect(() => caseScope(staff('PROVINCE', ['AUDITOR']))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
    expect(() => caseScope({ accountId: null, tenantKind: null, tenantId: null, roles: [] })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
    expect(() => caseScope(staff('DETENTION_CENTRE', ['REVIEWER']))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
  });

  it('renames fields for entities that hold a relation instead of an id', () => {
    expect(caseFilter(caseScope(staff('COUNTY_BUREAU', ['INTAKE_CLERK'])), { venueId: 'venue' })).toEqual({ venue: 't' });
  });
});
