/** Tenant kinds and roles from DOMAIN.md "Tenants and people". */
export const TenantKind = {
  PROVINCE: 'PROVINCE',
  PRISON_BUREAU: 'PRISON_BUREAU',
  DETOX_BUREAU: 'DETOX_BUREAU',
  PRISON: 'PRISON',
  DETOX_CENTRE: 'DETOX_CENTRE',
  COUNTY_BUREAU: 'COUNTY_BUREAU',
  JUDICIAL_OFFICE: 'JUDICIAL_OFFICE',
  DETENTION_CENTRE: 'DETENTION_CENTRE',
} as const;
export type TenantKind = (typeof TenantKind)[keyof typeof TenantKind];

export const StaffRole = {
  INTAKE_CLERK: 'INTAKE_CLERK',
  REVIEWER: 'REVIEWER',
  MONITOR: 'MONITOR',
  SUPERVISOR: 'SUPERVISOR',
  AUDITOR: 'AUDITOR',
  ADMIN: 'ADMIN',
  /**
   * Not a person: a meeting room's fixed terminal. CQ-4: in a lawyer meeting the suspect's seat is
   * taken by the room's terminal, never by a staff member of any role (staff watch video only).
   */
  ROOM_TERMINAL: 'ROOM_TERMINAL',
} as const;
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole];

/** Public accounts: a proxy applicant files for a family (GD-16), a lawyer for a client (CQ). */
export const PublicRole = { PROXY: 'PROXY', LAWYER: 'LAWYER' } as const;
export type PublicRole = (typeof PublicRole)[keyof typeof PublicRole];

export type Role = StaffRole | PublicRole;

/**
 * Who is calling, as verified by the gateway from the login token and forwarded to
 * subgraphs in a signed header. Anonymous callers have no account.
 */
export interface Identity {
  accountId: string | null;
  /** Staff belong to a tenant; public accounts and anonymous callers do not. */
  tenantKind: TenantKind | null;
  tenantId: string | null;
  roles: Role[];
}

export const ANONYMOUS: Identity = { accountId: null, tenantKind: null, tenantId: null, roles: [] };

export function isStaff(identity: Identity): boolean {
  return identity.tenantKind !== null && identity.tenantId !== null;
}

export function hasRole(identity: Identity, ...roles: Role[]): boolean {
  return identity.roles.some((role) => roles.includes(role));
}

/** Tenant kinds that supervise institutions of a kind and may read across them. */
export const SUPERVISORS: Record<'PRISON' | 'DETOX_CENTRE', TenantKind[]> = {
  PRISON: [TenantKind.PROVINCE, TenantKind.PRISON_BUREAU],
  DETOX_CENTRE: [TenantKind.PROVINCE, TenantKind.DETOX_BUREAU],
};

/** Venues: where a family sits during a remote meeting (GD-14, GD-41, GD-42). */
export const VENUE_KINDS: TenantKind[] = [TenantKind.COUNTY_BUREAU, TenantKind.JUDICIAL_OFFICE];
/** Institutions: where the subject is held and who approves (GD-8). */
export const INSTITUTION_KINDS: TenantKind[] = [TenantKind.PRISON, TenantKind.DETOX_CENTRE];

/** GD-5 / YN-7: institution staff who file a meeting between relatives both in custody (and look the other one up). */
export const CUSTODY_MEETING_FILERS: StaffRole[] = [StaffRole.INTAKE_CLERK, StaffRole.REVIEWER, StaffRole.SUPERVISOR];

/** Staff roles that work with cases; the auditor reads the audit trail and nothing else. */
export const CASE_ROLES: StaffRole[] = [StaffRole.INTAKE_CLERK, StaffRole.REVIEWER, StaffRole.MONITOR, StaffRole.SUPERVISOR, StaffRole.ADMIN];
