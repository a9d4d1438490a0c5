import { describe, expect, it } from 'vitest';
import {
  isValidResidentId,
  maskIdNumber,
  residentIdBirthDate,
  residentIdCheckChar,
} from '../../../electron/core/validation/resident-id';

const TODAY = '2026-11-27';

describe('residentIdCheckChar', () => {
  it('reproduces the worked example of GB 11643-1999 (check character X)', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it('computes the check digit of a Qinhuangdao number by the weights 7,9,10,5,8,… mod 11', () => {
    // Worked by hand: Σ digit × weight = 152; 152 mod 11 = 9; "10X98765432"[9] = '3'.
    const digits = '13030219800101123'.split('').map(Number);
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = digits.reduce((s, d, i) => s + d * weights[i]!, 0);
    expect(sum).toBe(152);
    expect(sum % 11).toBe(9);
    expect(residentIdCheckChar('13030219800101123')).toBe('3');
  });

  it('refuses input that is not 17 digits', () => {
    expect(() => residentIdCheckChar('1303021980010112')).toThrow();
    expect(() => residentIdCheckChar('1303021980010112A')).toThrow();
  });
});

describe('isValidResidentId', () => {
  it('accepts a number with the correct check digit and a real birth date', () => {
    expect(isValidResidentId('130302198001011233', TODAY)).toBe(true);
    expect(isValidResidentId('11010519491231002X', TODAY)).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidResidentId('130302198001011234', TODAY)).toBe(false);
    expect(isValidResidentId('110105194912310021', TODAY)).toBe(false);
  });

  it('accepts a lowercase x as the check character X', () => {
    expect(isValidResidentId('11010519491231002x', TODAY)).toBe(true);
    expect(isValidResidentId(' 11010519491231002x ', TODAY)).toBe(true);
  });

  it('refuses an impossible birth date even with a matching check character', () => {
    const feb30 = '13030219800230123';
    expect(isValidResidentId(feb30 + residentIdCheckChar(feb30), TODAY)).toBe(false);
    const month13 = '13030219801301123';
    expect(isValidResidentId(month13 + residentIdCheckChar(month13), TODAY)).toBe(false);
    const feb29NotLeap = '13030219810229123';
    expect(isValidResidentId(feb29NotLeap + residentIdCheckChar(feb29NotLeap), TODAY)).toBe(false);
    const feb29Leap = '13030219800229123';
    expect(isValidResidentId(feb29Leap + residentIdCheckChar(feb29Leap), TODAY)).toBe(true);
  });

  it('refuses a birth date after today or before 1900', () => {
    const tomorrow = '13030220261128123';
    expect(isValidResidentId(tomorrow + residentIdCheckChar(tomorrow), TODAY)).toBe(false);
    const today = '13030220261127123';
    expect(isValidResidentId(today + residentIdCheckChar(today), TODAY)).toBe(true);
    const old = '13030218991231123';
    expect(isValidResidentId(old + residentIdCheckChar(old), TODAY)).toBe(false);
  });

  it('takes today as a Date too', () => {
    const d = '13030220261128123';
    const id = d + residentIdCheckChar(d);
    expect(isValidResidentId(id, new Date(2026, 10, 27))).toBe(false);
    expect(isValidResidentId(id, new Date(2026, 10, 28))).toBe(true);
  });

  it('refuses wrong lengths and stray characters', () => {
    expect(isValidResidentId('', TODAY)).toBe(false);
    expect(isValidResidentId('13030219800101123', TODAY)).toBe(false);
    expect(isValidResidentId('1303021980010112333', TODAY)).toBe(false);
    expect(isValidResidentId('13030219800101X233', TODAY)).toBe(false);
    expect(isValidResidentId('１３０３０２１９８００１０１１２３３', TODAY)).toBe(false); // full-width digits
  });
});

describe('residentIdBirthDate', () => {
  it('reads the birth date, or null for an impossible one', () => {
    expect(residentIdBirthDate('130302198001011233')).toBe('1980-01-01');
    expect(residentIdBirthDate('130302198002301233')).toBeNull();
  });
});

describe('maskIdNumber', () => {
  it('shows the first and last four characters of an identity number', () => {
    expect(maskIdNumber('130302198001011234')).toBe('1303**********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });

  it('keeps the length, so a masked number still looks like one', () => {
    expect(maskIdNumber('130302198001011234')).toHaveLength(18);
  });

  it('keeps about a third at each end of shorter values and never shows all of them', () => {
    expect(maskIdNumber('E12345678')).toBe('E12***678');
    expect(maskIdNumber('123456')).toBe('12**56');
    expect(maskIdNumber('1234567')).toBe('12***67');
    for (let n = 3; n <= 30; n += 1) {
      const masked = maskIdNumber('9'.repeat(n));
      expect(masked, String(n)).toContain('*');
      expect(masked, String(n)).toHaveLength(n);
    }
  });

  it('masks tiny values entirely or all but the ends', () => {
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber('12')).toBe('**');
    expect(maskIdNumber('123')).toBe('1*3');
  });
});
