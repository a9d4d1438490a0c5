/**
 * Resident identity card numbers (公民身份号码), GB 11643-1999: 6-digit region code, 8-digit birth
 * date (YYYYMMDD), 3-digit sequence (odd for men), and an ISO 7064 MOD 11-2 check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_MAP = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/** The check character for the first 17 digits; throws on anything but 17 ASCII digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new Error('residentIdCheckChar needs exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += Number(first17[i]) * WEIGHTS[i]!;
  }
  return CHECK_MAP[sum % 11]!;
}

/** `YYYY-MM-DD` of the calendar date `d` as written in the place where it was read (local date). */
function isoDate(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${day}`;
}

/** The birth date part as `YYYY-MM-DD`, or null when it is not a real calendar date. */
export function residentIdBirthDate(id: string): string | null {
  const normalised = normaliseResidentId(id);
  if (!SHAPE.test(normalised)) return null;
  const y = Number(normalised.slice(6, 10));
  const m = Number(normalised.slice(10, 12));
  const d = Number(normalised.slice(12, 14));
  // Date.UTC rolls 30 February over into March; a real date survives the round trip unchanged.
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${normalised.slice(6, 10)}-${normalised.slice(10, 12)}-${normalised.slice(12, 14)}`;
}

/** Trims and upper-cases, so a typed lowercase `x` check character is accepted as `X`. */
export function normaliseResidentId(id: string): string {
  return id.trim().toUpperCase();
}

/**
 * True for an 18-character number with a correct check character whose birth date is a real date
 * between 1900-01-01 and `today` (inclusive). `today` is passed in so callers use the core's clock.
 */
export function isValidResidentId(id: string, today: Date | string = new Date()): boolean {
  const normalised = normaliseResidentId(id);
  if (!SHAPE.test(normalised)) return false;
  if (residentIdCheckChar(normalised.slice(0, 17)) !== normalised[17]) return false;
  const birth = residentIdBirthDate(normalised);
  if (birth === null || birth < '1900-01-01') return false;
  const todayIso = typeof today === 'string' ? today.slice(0, 10) : isoDate(today);
  return birth <= todayIso;
}

/**
 * Masks an identity number for lists and exports (PIPL): the first 4 and last 4 characters stay
 * visible on a full 18-character number ('130302198001011234' → '1303**********1234'). Shorter
 * values keep about a third at each end, and anything of 6 characters or more always hides at
 * least one character, so a mask never shows the whole number.
 */
export function maskIdNumber(id: string): string {
  const value = id.trim();
  const n = value.length;
  if (n === 0) return '';
  if (n <= 2) return '*'.repeat(n);
  const keep = n >= 12 ? 4 : Math.max(1, Math.floor(n / 3));
  // Keep at least one masked character in the middle.
  const visible = Math.min(keep, Math.floor((n - 1) / 2));
  return value.slice(0, visible) + '*'.repeat(n - 2 * visible) + value.slice(n - visible);
}
