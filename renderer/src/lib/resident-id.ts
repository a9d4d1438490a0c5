/**
 * GB 11643-1999 resident identity numbers, checked on the page so a mistyped number is caught
 * before the form is sent. A copy of the small algorithm in electron/core/validation/resident-id.ts,
 * which is the authority (the page may not import the core): the core checks again on save.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_MAP = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

export type ResidentIdProblem = 'shape' | 'checksum' | 'birthDate';

/** Why the number is not a valid resident ID number, or null when it is. */
export function residentIdProblem(id: string, today: string): ResidentIdProblem | null {
  const value = id.trim().toUpperCase();
  if (!SHAPE.test(value)) return 'shape';
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(value[i]) * WEIGHTS[i]!;
  if (CHECK_MAP[sum % 11] !== value[17]) return 'checksum';
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'birthDate';
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (birth < '1900-01-01' || birth > today) return 'birthDate';
  return null;
}
