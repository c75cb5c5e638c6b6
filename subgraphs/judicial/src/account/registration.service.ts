import type { EntityManager } from '@rv/kit';
import { ErrorCode, PublicRole, invalid, isValidMobile, isValidResidentId, keyed } from '@rv/schema';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Account } from './account.entity.js';
import { hashPassword } from './password.js';

export interface ProxyRegistration {
  username: string;
  password: string;
  name: string;
  idNumber: string;
  phone: string;
}

/** A password a family can remember and a guesser cannot: 8–64 characters with letters and digits. */
export function checkPassword(password: string, field = 'password'): void {
  if (password.length < 8 || password.length > 64 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) throw invalid('account.weakPassword', {}, field);
}

/**
 * GD-16 / GD-18: a family's proxy applicant opens a real-name account: name, a valid resident ID
 * number (one account per person) and a mobile number for the SMS (GD-26).
 */
export async function registerProxy(em: EntityManager, input: ProxyRegistration): Promise<Account> {
  if (!/^[A-Za-z0-9_.-]{4,32}$/.test(input.username)) throw invalid('account.badUsername', {}, 'username');
  checkPassword(input.password);
  if (!input.name.trim() || input.name.length > 30) throw invalid('account.badName', {}, 'name');
  if (!isValidResidentId(input.idNumber)) throw invalid('account.badIdNumber', {}, 'idNumber');
  if (!isValidMobile(input.phone)) throw invalid('account.badPhone', {}, 'phone');
  const taken = await em.count(Account, { $or: [{ username: input.username }, { idNumber: input.idNumber, roles: { $contains: [PublicRole.PROXY] } }] });
  if (taken) throw keyed(ErrorCode.CONFLICT, 'account.taken');
  try {
    const account = em.create(Account, {
      username: input.username,
      passwordHash: await hashPassword(input.password),
      displayName: input.name.trim(),
      roles: [PublicRole.PROXY],
      idNumber: input.idNumber,
      phone: input.phone,
    } as Account);
    await em.flush();
    return account;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw keyed(ErrorCode.CONFLICT, 'account.taken');
    throw error;
  }
}
