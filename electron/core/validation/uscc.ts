/**
 * Unified social credit codes (统一社会信用代码), GB 32100-2015: registration authority (1),
 * organisation type (1), region code (6), organisation code (9, GB 11714) and a check character
 * over an alphabet of 31 characters (no I, O, S, V, Z).
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** The 18th character for the first 17; throws when they are not 17 characters of the alphabet. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('usccCheckChar needs exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new Error(`usccCheckChar: '${first17[i]}' is not a code character`);
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** The 9th character of an organisation code (GB 11714) for its first 8 digits. */
export function orgCodeCheckChar(first8: string): string {
  if (!/^\d{8}$/.test(first8)) throw new Error('orgCodeCheckChar needs exactly 8 digits');
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(first8[i]) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** True for 18 code characters (case-insensitive) whose last one is the correct check character. */
export function isValidUscc(code: string): boolean {
  const value = code.trim().toUpperCase();
  if (value.length !== 18) return false;
  for (const ch of value) if (!ALPHABET.includes(ch)) return false;
  return usccCheckChar(value.slice(0, 17)) === value[17];
}
