import { describe, expect, it } from 'vitest';
import { canManageAccount, checkRoles, needsSecondFactor, rolesForKind } from './staff-accounts.js';
import type { Identity } from './tenants.js';

const PROVINCE = '00000000-0000-4000-8000-000000000001';
const PRISON1 = '00000000-0000-4000-8000-000000000011';
const PRISON2 = '00000000-0000-4000-8000-000000000012';
const admin = (tenantKind: Identity['tenantKind'], tenantId: string): Identity => ({ accountId: 'a', tenantKind, tenantId, roles: ['ADMIN'] });

describe('issue 15: who manages which staff account', () => {
  it('a unit admin: its own unit’s accounts, but no administrator account (before or after)', () => {
    const caller = admin('PRISON', PRISON1);
    expect(canManageAccount(caller, { tenantKind: 'PRISON', tenantId: PRISON1, roles: ['INTAKE_CLERK'] })).toBe(true);
    expect(canManageAccount(caller, { tenantKind: 'PRISON', tenantId: PRISON1, roles: ['INTAKE_CLERK', 'ADMIN'] })).toBe(false);
    expect(canManageAccount(caller, { tenantKind: 'PRISON', tenantId: PRISON2, roles: ['INTAKE_CLERK'] })).toBe(false);
    expect(canManageAccount(caller, { tenantKind: null, tenantId: null, roles: ['PROXY'] })).toBe(false);
  });

  it('the province admin: its own unit’s accounts and every unit’s administrators, not their clerks', () => {
    const caller = admin('PROVINCE', PROVINCE);
    expect(canManageAccount(caller, { tenantKind: 'PROVINCE', tenantId: PROVINCE, roles: ['ADMIN'] })).toBe(true);
    expect(canManageAccount(caller, { tenantKind: 'PRISON', tenantId: PRISON2, roles: ['ADMIN', 'REVIEWER'] })).toBe(true);
    expect(canManageAccount(caller, { tenantKind: 'PRISON', tenantId: PRISON2, roles: ['REVIEWER'] })).toBe(false);
  });

  it('a non-admin manages nothing', () => {
    expect(canManageAccount({ ...admin('PRISON', PRISON1), roles: ['SUPERVISOR'] }, { tenantKind: 'PRISON', tenantId: PRISON1, roles: ['INTAKE_CLERK'] })).toBe(
      false,
    );
  });

  it('roles per kind of unit: a room terminal only where people in custody sit; unknown roles refused', () => {
    expect(rolesForKind('DETENTION_CENTRE')).toContain('ROOM_TERMINAL');
    expect(rolesForKind('COUNTY_BUREAU')).not.toContain('ROOM_TERMINAL');
    expect(checkRoles('PRISON', ['REVIEWER', 'REVIEWER'])).toEqual(['REVIEWER']);
    expect(() => checkRoles('COUNTY_BUREAU', ['ROOM_TERMINAL'])).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ messageKey: 'admin.account.roleForKind' }) }),
    );
    expect(() => checkRoles('PRISON', ['PROXY'])).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ messageKey: 'admin.account.role' }) }),
    );
    expect(() => checkRoles('PRISON', [])).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ messageKey: 'admin.account.role' }) }));
  });

  it('administrators and supervisors need a second factor; the other roles do not', () => {
    expect(
      [['ADMIN'], ['SUPERVISOR'], ['REVIEWER', 'SUPERVISOR'], ['REVIEWER'], ['AUDITOR']].map((roles) => needsSecondFactor(roles as Identity['roles'])),
    ).toEqual([true, true, true, false, false]);
  });
});
