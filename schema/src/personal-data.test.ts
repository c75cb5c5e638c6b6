import { describe, expect, it } from 'vitest';
import { isValidMobile, isValidResidentId, maskIdNumber, maskPhone, residentIdCheckCharacter } from './personal-data.js';

describe('personal data', () => {
  it('validates the resident ID check character (GB 11643), X included', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('11010519491231002')).toBe(false);
    expect(residentIdCheckCharacter('44010619800101001')).toMatch(/^[\dX]$/);
  });

  it('masks ID and phone numbers for lists', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskPhone('13800138000')).toBe('138****8000');
  });

  it('accepts mainland mobile numbers only', () => {
    expect(isValidMobile('13800138000')).toBe(true);
    expect(isValidMobile('12800138000')).toBe(false);
    expect(isValidMobile('1380013800')).toBe(false);
  });
});
