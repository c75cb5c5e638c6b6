import { ErrorCode, forbidden, invalid, keyed } from './errors.js';
import { StaffRole, TenantKind, type Identity, type Role } from './tenants.js';

/**
 * Staff accounts (issue 15): who holds which role in which kind of unit, who may manage whom, and
 * which roles need a second factor. Pure data and functions: the judicial service enforces them and
 * the portals use the same ones to show only the buttons a caller may use.
 */

/** Roles a person can hold in any unit. */
const PERSON_ROLES: StaffRole[] = [StaffRole.INTAKE_CLERK, StaffRole.REVIEWER, StaffRole.MONITOR, StaffRole.SUPERVISOR, StaffRole.AUDITOR, StaffRole.ADMIN];
/** Units where a person in custody sits at a meeting room's fixed terminal (CQ-4: never a staff member). */
const TERMINAL_KINDS: TenantKind[] = [TenantKind.PRISON, TenantKind.DETOX_CENTRE, TenantKind.DETENTION_CENTRE];

/** The roles an account of a unit of this kind may be given. */
export function rolesForKind(kind: TenantKind): StaffRole[] {
  return TERMINAL_KINDS.includes(kind) ? [...PERSON_ROLES, StaffRole.ROOM_TERMINAL] : [...PERSON_ROLES];
}

/**
 * Privileged roles sign in with a second factor (TOTP), as China's classified protection of
 * information systems (等保 level 3) asks for administrators (product decision, issue 15).
 */
export const SECOND_FACTOR_ROLES: StaffRole[] = [StaffRole.ADMIN, StaffRole.SUPERVISOR];

export function needsSecondFactor(roles: readonly Role[]): boolean {
  return roles.some((role) => (SECOND_FACTOR_ROLES as Role[]).includes(role));
}

/** Checks a set of roles for a unit kind: at least one, each known and held in that kind of unit, no repeats. */
export function checkRoles(kind: TenantKind, roles: readonly string[]): StaffRole[] {
  if (!roles.length || roles.length > PERSON_ROLES.length + 1) throw invalid('admin.account.role', {}, 'roles');
  const allowed = rolesForKind(kind);
  for (const role of roles) {
    if (!(role in StaffRole)) throw invalid('admin.account.role', {}, 'roles');
    if (!allowed.includes(role as StaffRole)) throw invalid('admin.account.roleForKind', {}, 'roles');
  }
  return [...new Set(roles as StaffRole[])];
}

/** The account an administrator acts on: its unit and its roles before and after the change. */
export interface ManagedAccount {
  tenantKind: TenantKind | null;
  tenantId: string | null;
  roles: readonly Role[];
}

/** Whether the caller is an administrator at all (the Accounts screen is theirs). */
export function isAccountAdmin(caller: Identity): boolean {
  return caller.tenantKind !== null && caller.tenantId !== null && caller.roles.includes(StaffRole.ADMIN);
}

/**
 * Issue 15: a unit's administrator manages its own unit's accounts, except administrator accounts;
 * the province's administrators manage every unit's administrator accounts (and their own unit's).
 * `target` is judged before and after the change: nobody grants or removes ADMIN they could not hold.
 */
export function canManageAccount(caller: Identity, target: ManagedAccount): boolean {
  if (!isAccountAdmin(caller) || !target.tenantKind || !target.tenantId) return false;
  if (target.tenantId === caller.tenantId && caller.tenantKind === target.tenantKind) {
    return caller.tenantKind === TenantKind.PROVINCE || !target.roles.includes(StaffRole.ADMIN);
  }
  return caller.tenantKind === TenantKind.PROVINCE && target.roles.includes(StaffRole.ADMIN);
}

/** Refuses with the catalogue's reason: a public account, or one beyond the caller's reach. */
export function requireAccountManager(caller: Identity, ...targets: ManagedAccount[]): void {
  if (!isAccountAdmin(caller)) throw forbidden();
  for (const target of targets) {
    if (!target.tenantKind || !target.tenantId) throw forbidden('admin.account.staffOnly');
    if (!canManageAccount(caller, target)) throw forbidden('admin.account.unitAdminsOnly');
  }
}

/**
 * What a sign-in still needs before the account may act: a temporary password changed, a second
 * factor enrolled, or this sign-in's code. Until DONE the token allows only that step's mutations.
 */
export const SignInStep = {
  DONE: 'DONE',
  CHANGE_PASSWORD: 'CHANGE_PASSWORD',
  ENROL_TOTP: 'ENROL_TOTP',
  VERIFY_TOTP: 'VERIFY_TOTP',
} as const;
export type SignInStep = (typeof SignInStep)[keyof typeof SignInStep];

/** The only root fields a token of an unfinished sign-in may call (the gateway enforces it). */
export const STEP_FIELDS: Record<Exclude<SignInStep, 'DONE'>, string[]> = {
  CHANGE_PASSWORD: ['changePassword'],
  ENROL_TOTP: ['beginTotpEnrolment', 'confirmTotpEnrolment'],
  VERIFY_TOTP: ['verifyTotp'],
};

/** The error a token of an unfinished sign-in gets for anything else. */
export function stepRequired(step: Exclude<SignInStep, 'DONE'>) {
  return step === SignInStep.CHANGE_PASSWORD
    ? keyed(ErrorCode.PASSWORD_CHANGE_REQUIRED, 'admin.account.mustChangePassword', {}, { step, http: { status: 403 } })
    : keyed(
        ErrorCode.TOTP_REQUIRED,
        step === SignInStep.ENROL_TOTP ? 'admin.account.totpSetupRequired' : 'admin.account.totpRequired',
        {},
        { step, http: { status: 403 } },
      );
}

/** Usernames of staff accounts: 4–32 letters, digits, `_ . -` (unique, case-insensitively). */
export function checkStaffUsername(username: string): string {
  const trimmed = username.trim();
  if (!/^[A-Za-z0-9_.-]{4,32}$/.test(trimmed)) throw invalid('account.badUsername', {}, 'username');
  return trimmed;
}
