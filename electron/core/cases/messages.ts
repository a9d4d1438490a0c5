import type { FieldIssue, Localized } from '../../contract/result';
import type { Stage } from '../db/schema';
import { CoreError } from '../errors';

/**
 * Bilingual wording for the case services. The UI shows `zh-CN` or `en`; the CLI follows LANG.
 * Conflicts and not-found errors carry the text per language in `what.zh-CN` / `what.en`, which
 * `localize` (contract/errors.ts) picks for each language.
 */
export function t(zh: string, en: string): Localized {
  return { 'zh-CN': zh, en };
}

export function field(path: string, zh: string, en: string): FieldIssue {
  return { path, message: t(zh, en) };
}

export function conflict(zh: string, en: string, extra: Record<string, string | number> = {}): CoreError {
  return new CoreError('CONFLICT', en, { what: en, 'what.zh-CN': zh, 'what.en': en, ...extra });
}

export function notFound(zh: string, en: string, extra: Record<string, string | number> = {}): CoreError {
  return new CoreError('NOT_FOUND', `Not found: ${en}`, { what: en, 'what.zh-CN': zh, 'what.en': en, ...extra });
}

export const STAGE_LABEL: Record<Stage, Localized> = {
  intake: t('受理', 'intake'),
  pre: t('化解前', 'pre-resolution'),
  during: t('化解中', 'mid-resolution'),
  post: t('化解后', 'post-resolution'),
  closed: t('结案', 'closed'),
};
