import type { EntityManager } from '@rv/kit';
import { ErrorCode, PublicRole, badInput, domainError, isValidMobile, isValidResidentId } from '@rv/schema';
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
function checkPassword(password: string): void {
  if (password.length < 8 || password.length > 64 || !/[A-Za-z]/.test(password) || !/\d/.test(password))
    throw badInput('密码应为8至64位，且同时包含字母和数字 (The password needs 8–64 characters with letters and digits)', 'password');
}

/**
 * GD-16 / GD-18: a family's proxy applicant opens a real-name account: name, a valid resident ID
 * number (one account per person) and a mobile number for the SMS (GD-26).
 */
export async function registerProxy(em: EntityManager, input: ProxyRegistration): Promise<Account> {
  if (!/^[A-Za-z0-9_.-]{4,32}$/.test(input.username)) throw badInput('用户名应为4至32位字母、数字或 _ . - (Username: 4–32 letters, digits, _ . -)', 'username');
  checkPassword(input.password);
  if (!input.name.trim() || input.name.length > 30) throw badInput('姓名应为1至30字 (Name must be 1–30 characters)', 'name');
  if (!isValidResidentId(input.idNumber)) throw badInput('身份证号码无效 (Invalid resident ID number)', 'idNumber');
  if (!isValidMobile(input.phone)) throw badInput('手机号码无效 (Invalid mobile number)', 'phone');
  const taken = await em.count(Account, { $or: [{ username: input.username }, { idNumber: input.idNumber, roles: { $contains: [PublicRole.PROXY] } }] });
  if (taken) throw domainError(ErrorCode.CONFLICT, '用户名已被使用，或该身份证号已注册 (The username is taken, or this ID number already has an account)');
  try {
    const account = em.create(Account, {
      username: input.username, passwordHash: await hashPassword(input.password), displayName: input.name.trim(),
      roles: [PublicRole.PROXY], idNumber: input.idNumber, phone: input.phone, failedLogins: 0, lockedUntil: null,
    } as Account);
    await em.flush();
    return account;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw domainError(ErrorCode.CONFLICT, '用户名已被使用，或该身份证号已注册 (The username is taken, or this ID number already has an account)');
    throw error;
  }
}
