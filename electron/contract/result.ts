/** A message in both UI languages; the UI picks one, the CLI follows LANG. */
export interface Localized {
  'zh-CN': string;
  en: string;
}

export interface FieldIssue {
  /** Dotted path of the offending field ('' for the payload itself). */
  path: string;
  message: Localized;
}

export interface AppError {
  /** Stable code (see errors.ts); UI logic keys on it, never on the text. */
  code: string;
  message: Localized;
  fields?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}
