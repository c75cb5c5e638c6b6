/**
 * Personal data (ARCHITECTURE: conventions): ID and phone numbers are shown masked in lists
 * and never written to logs.
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length < 10) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}

export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** Mainland resident ID number: 17 digits + a check character (GB 11643). */
export function isValidResidentId(idNumber: string): boolean {
  if (!/^\d{17}[\dX]$/.test(idNumber)) return false;
  const birth = residentIdBirthDate(idNumber);
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(birth) || birth < '1900-01-01') return false;
  return residentIdCheckCharacter(idNumber.slice(0, 17)) === idNumber[17];
}

/** The 18th character of a resident ID number from its first 17 digits (GB 11643). */
export function residentIdCheckCharacter(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return '10X98765432'[sum % 11];
}

export function isValidMobile(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The birth date (YYYY-MM-DD) in a resident ID number (characters 7–14). */
export function residentIdBirthDate(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}
