import type { FormInstance } from 'antd';
import type { AppError } from '../../../../electron/contract/result';
import type { Language } from '../../i18n';
import { pick } from '../../lib/app-error';

/**
 * Puts the core's field issues on the matching form fields (the contract's input names are the
 * form's names). Returns true when at least one landed, so the caller skips the general alert.
 */
export function showFieldIssues(form: FormInstance, error: AppError, language: Language, fields: readonly string[]): boolean {
  const issues = (error.fields ?? []).filter((f) => fields.includes(f.path));
  form.setFields(issues.map((f) => ({ name: f.path, errors: [pick(f.message, language)] })));
  return issues.length > 0;
}
