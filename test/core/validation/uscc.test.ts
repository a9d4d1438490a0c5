import { describe, expect, it } from 'vitest';
import { isValidUscc, orgCodeCheckChar, usccCheckChar } from '../../../electron/core/validation/uscc';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts published codes and computes their check character', () => {
    expect(isValidUscc('914403001922038216')).toBe(true);
    expect(usccCheckChar('91440300192203821')).toBe('6');
    expect(isValidUscc('91110000802100433B')).toBe(true);
    expect(isValidUscc('91110000802100433b')).toBe(true);
  });

  it('refuses a wrong check character, a wrong length and letters outside the alphabet', () => {
    expect(isValidUscc('914403001922038217')).toBe(false);
    expect(isValidUscc('91440300192203821')).toBe(false);
    expect(isValidUscc('9144030019220382I6')).toBe(false);
  });

  it('computes the GB 11714 organisation code check character', () => {
    // 12345678: Σ = 1·3+2·7+3·9+4·10+5·5+6·8+7·4+8·2 = 201; 201 mod 11 = 3; 11 − 3 = 8.
    expect(orgCodeCheckChar('12345678')).toBe('8');
    expect(() => orgCodeCheckChar('1234567')).toThrow();
  });
});
