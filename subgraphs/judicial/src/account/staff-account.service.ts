import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@rv/kit';
import {
  ErrorCode,
  StaffRole,
  TenantKind,
  checkRoles,
  checkStaffUsername,
  forbidden,
  invalid,
  isAccountAdmin,
  isUuid,
  keyed,
  requireAccountManager,
  type Identity,
  type StaffRole as Role,
} from '@rv/schema';
import { randomInt } from 'node:crypto';
import { CountyBureau } from '../bureau/bureau.entity.js';
import { InstitutionRef } from '../slot/institution-ref.entity.js';
import { SupervisingBureau } from '../unit/supervising-bureau.entity.js';
import { DetentionCentreRef } from '../unit/detention-centre-ref.entity.js';
import { Account } from './account.entity.js';
import { hashPassword } from './password.js';
import { revokeTokens } from './revocation.js';

export interface NewStaffAccount {
  username: string;
  displayName: string;
  tenantKind: string;
  tenantId: string;
  roles: string[];
}

export interface WithTemporaryPassword {
  account: Account;
  /** Shown once to the administrator, who hands it over; the account must change it at first sign-in. */
  temporaryPassword: string;
}

/** Letters and digits that cannot be misread (no 0/O, 1/l/I). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A temporary password: 12 characters in three groups, letters and digits (checkPassword's rule holds). */
export function temporaryPassword(): string {
  for (;;) {
    const groups = [0, 1, 2].map(() => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
    const password = groups.join('-');
    if (/\d/.test(password) && /[A-Za-z]/.test(password)) return password;
  }
}

/**
 * The unit an account is opened in must exist as that kind in judicial's directories (venues, the
 * supervising bureaus, the prisons, detox and detention centres it learnt of by event) and be active:
 * a deactivated unit gets no new accounts. The province is the caller's own.
 */
async function requireUnit(em: EntityManager, caller: Identity, kind: TenantKind, id: string): Promise<void> {
  const unknown = () => invalid('admin.account.unknownUnit', {}, 'tenantId');
  if (!isUuid(id)) throw unknown();
  if (kind === TenantKind.PROVINCE) {
    if (caller.tenantKind !== TenantKind.PROVINCE || caller.tenantId !== id) throw unknown();
    return;
  }
  const unit: { active: boolean } | null =
    kind === TenantKind.COUNTY_BUREAU || kind === TenantKind.JUDICIAL_OFFICE
      ? await em.findOne(CountyBureau, { id, kind })
      : kind === TenantKind.PRISON || kind === TenantKind.DETOX_CENTRE
        ? await em.findOne(InstitutionRef, { id, kind })
        : kind === TenantKind.PRISON_BUREAU || kind === TenantKind.DETOX_BUREAU
          ? await em.findOne(SupervisingBureau, { id, kind })
          : kind === TenantKind.DETENTION_CENTRE
            ? await em.findOne(DetentionCentreRef, { id })
            : null;
  if (!unit) throw unknown();
  if (!unit.active) throw invalid('admin.account.inactiveUnit', {}, 'tenantId');
}

function checkDisplayName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 30) throw invalid('admin.account.displayName', {}, 'displayName');
  return trimmed;
}

/**
 * Issue 15: an administrator opens a staff account in a unit it manages (its own; the province's: any
 * unit's administrator), with a temporary password to be changed at first sign-in.
 */
export async function createStaffAccount(em: EntityManager, caller: Identity, input: NewStaffAccount): Promise<WithTemporaryPassword> {
  if (!isAccountAdmin(caller)) throw forbidden();
  if (!(input.tenantKind in TenantKind)) throw invalid('admin.unit.kind', {}, 'tenantKind');
  const kind = input.tenantKind as TenantKind;
  const roles = checkRoles(kind, input.roles);
  requireAccountManager(caller, { tenantKind: kind, tenantId: input.tenantId, roles });
  const username = checkStaffUsername(input.username);
  const displayName = checkDisplayName(input.displayName);
  await requireUnit(em, caller, kind, input.tenantId);
  const password = temporaryPassword();
  const taken = () => keyed(ErrorCode.CONFLICT, 'admin.account.usernameTaken', {}, { field: 'username' });
  const [{ count }] = await em.execute<{ count: number }[]>(`select count(*)::int as count from "judicial"."account" where lower(username) = lower(?)`, [
    username,
  ]);
  if (count) throw taken();
  try {
    const account = em.create(Account, {
      username,
      displayName,
      tenantKind: kind,
      tenantId: input.tenantId,
      roles,
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
    } as Account);
    await em.flush();
    return { account, temporaryPassword: password };
  } catch (error) {
    // Two administrators choosing the same name at once: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) throw taken();
    throw error;
  }
}

/** The account, locked, if the caller may manage it as it is and as `after` would leave it. */
async function changeManaged<T>(em: EntityManager, caller: Identity, id: string, change: (tx: EntityManager, account: Account) => Promise<T>): Promise<T> {
  if (!isAccountAdmin(caller)) throw forbidden();
  if (!isUuid(id)) throw keyed(ErrorCode.NOT_FOUND, 'admin.notFound.account');
  return em.transactional(async (tx) => {
    const account = await tx.findOne(Account, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!account) throw keyed(ErrorCode.NOT_FOUND, 'admin.notFound.account');
    requireAccountManager(caller, account);
    const result = await change(tx, account);
    await tx.flush();
    return result;
  });
}

/** Issue 15: new roles for an account of the unit; its sessions end (the old token's roles are void). */
export function setStaffAccountRoles(em: EntityManager, caller: Identity, id: string, roles: string[]): Promise<Account> {
  return changeManaged(em, caller, id, async (tx, account) => {
    const next = checkRoles(account.tenantKind!, roles);
    requireAccountManager(caller, { tenantKind: account.tenantKind, tenantId: account.tenantId, roles: next });
    account.roles = next as Role[];
    await revokeTokens(tx, account, 'ROLES_CHANGED');
    return account;
  });
}

/**
 * Issue 15: an administrator resets an account's password to a new temporary one (shown once); every
 * session of the account ends. A lost phone: `resetSecondFactor` makes it enrol again.
 */
export function resetStaffPassword(em: EntityManager, caller: Identity, id: string, resetSecondFactor: boolean): Promise<WithTemporaryPassword> {
  return changeManaged(em, caller, id, async (tx, account) => {
    const password = temporaryPassword();
    account.passwordHash = await hashPassword(password);
    account.mustChangePassword = true;
    if (resetSecondFactor) {
      account.totpSecret = null;
      account.totpEnrolledAt = null;
      account.totpLastStep = null;
    }
    await revokeTokens(tx, account, 'PASSWORD_RESET');
    return { account, temporaryPassword: password };
  });
}

/** Issue 15 / 19: deactivation ends the account's sessions and sockets at once; reactivation lets it sign in again. */
export function setStaffAccountActive(em: EntityManager, caller: Identity, id: string, active: boolean): Promise<Account> {
  return changeManaged(em, caller, id, async (tx, account) => {
    if (!active && account.id === caller.accountId) throw forbidden('admin.account.notSelf');
    if (!active && !account.active) throw keyed(ErrorCode.CONFLICT, 'admin.account.alreadyInactive');
    if (active === account.active) return account;
    account.active = active;
    await revokeTokens(tx, account, active ? 'REACTIVATED' : 'DEACTIVATED');
    return account;
  });
}

export interface StaffAccountFilter {
  tenantId: string | null;
  search: string | null;
  offset: number;
  limit: number;
}

/**
 * The accounts an administrator manages or sees: a unit's administrator its own unit's (its fellow
 * administrators shown, not manageable); the province's its own and every unit's administrators.
 */
export async function listStaffAccounts(em: EntityManager, caller: Identity, filter: StaffAccountFilter): Promise<{ items: Account[]; total: number }> {
  if (!isAccountAdmin(caller)) throw forbidden();
  const scope =
    caller.tenantKind === TenantKind.PROVINCE
      ? { $or: [{ tenantId: caller.tenantId }, { tenantId: { $ne: null }, roles: { $contains: [StaffRole.ADMIN] } }] }
      : { tenantId: caller.tenantId };
  const where = {
    $and: [
      scope,
      filter.tenantId ? { tenantId: isUuid(filter.tenantId) ? filter.tenantId : '00000000-0000-0000-0000-000000000000' } : {},
      filter.search ? { $or: [{ username: { $ilike: `%${escapeLike(filter.search)}%` } }, { displayName: { $ilike: `%${escapeLike(filter.search)}%` } }] } : {},
    ],
  };
  const [items, total] = await em.findAndCount(Account, where as never, {
    orderBy: { tenantKind: 'asc', tenantId: 'asc', username: 'asc' },
    offset: Math.max(filter.offset, 0),
    limit: Math.min(Math.max(filter.limit, 1), 100),
  });
  return { items, total };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
