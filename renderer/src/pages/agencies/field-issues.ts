import type { FormInstance } from 'antd';
import type { AppError } from '../../../../electron/contract/result';
import type { Language } from '../../i18n';
import { pick } from '../../lib/app-error';
import { toNamePath } from '../../lib/field-path';

/**
 * Puts the core's field issues (a duplicate name, a bad e-mail) on the matching fields of an antd
 * form. Returns true when at least one landed, so the caller shows a general alert only otherwise.
 */
export function showFieldIssues<T>(form: FormInstance<T>, error: AppError, language: Language): boolean {
  const known = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const onFields = (error.fields ?? []).filter((f) => known.has(JSON.stringify(toNamePath(f.path))));
  // The paths were checked against the registered fields above, so the cast is safe.
  type Fields = Parameters<typeof form.setFields>[0];
  form.setFields(onFields.map((f) => ({ name: toNamePath(f.path), errors: [pick(f.message, language)] })) as Fields);
  return onFields.length > 0;
}
