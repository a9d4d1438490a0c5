import type { FieldIssue } from '../contract/result';

/**
 * Errors the core raises on purpose. `code` is stable (the UI and the CLI key their messages on
 * it); `message` is English for logs; `params` fill the translated message.
 */
export type CoreErrorCode =
  | 'VALIDATION'
  | 'UNKNOWN_CHANNEL'
  | 'FORBIDDEN_SENDER'
  | 'PERMISSION_DENIED'
  | 'SIGN_IN_REQUIRED'
  | 'LOCKED'
  | 'BAD_CREDENTIALS'
  | 'NOT_SET_UP'
  | 'ALREADY_SET_UP'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'DB_NEWER_VERSION'
  | 'DB_OPEN_FAILED'
  | 'DB_DAMAGED'
  | 'DB_NETWORK_DRIVE'
  | 'BACKUP_INVALID'
  | 'DEMO_NOT_EMPTY'
  | 'IMPORT_REJECTED'
  | 'PDF_UNAVAILABLE'
  | 'CANCELLED'
  | 'NOTHING_TO_EXPORT'
  | 'KEY_UNAVAILABLE'
  | 'INTERNAL';

export class CoreError extends Error {
  readonly code: CoreErrorCode;
  readonly params: Record<string, string | number>;
  /** Per-field problems the core found (a bad ID checksum, a taken court number), both languages. */
  readonly fields: FieldIssue[] | undefined;

  constructor(
    code: CoreErrorCode,
    message: string,
    params: Record<string, string | number> = {},
    fields?: FieldIssue[],
  ) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
    this.params = params;
    this.fields = fields;
  }
}

/** A VALIDATION error naming fields, e.g. `fieldError('parties.0.idNumber', {zh, en})`. */
export function fieldErrors(fields: FieldIssue[]): CoreError {
  return new CoreError('VALIDATION', fields.map((f) => `${f.path}: ${f.message.en}`).join('; '), {}, fields);
}

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
