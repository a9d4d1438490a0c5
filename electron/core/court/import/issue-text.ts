import type { z } from 'zod';
import type { Localized } from '../../../contract/result';
import { t } from '../../cases/messages';

/**
 * One zod issue of a court file in both languages. `field` names the value as the user knows it
 * (a column header, a JSON key); `allowed` lists the accepted values as the file should write them.
 */
export function issueText(issue: z.core.$ZodIssue, field: Localized | null, allowed?: readonly string[]): Localized {
  const zhName = field ? `「${field['zh-CN']}」` : '该项';
  const enName = field ? `"${field.en}"` : 'The value';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return t(field ? `缺少${zhName}` : '缺少必填项', `${enName} is missing`);
      return t(`${zhName}的类型不正确（应为${TYPE_ZH[issue.expected] ?? issue.expected}）`, `${enName} has the wrong type (expected ${issue.expected})`);
    case 'too_small':
      if (issue.origin === 'array') return t(`${zhName}至少要有 ${String(issue.minimum)} 项`, `${enName} needs at least ${String(issue.minimum)} item(s)`);
      if (issue.origin === 'number') return t(`${zhName}应为正整数`, `${enName} must be a positive whole number`);
      return t(`${zhName}不能为空`, `${enName} must not be empty`);
    case 'too_big':
      if (issue.origin === 'array') return t(`${zhName}不能超过 ${String(issue.maximum)} 项`, `${enName} has more than ${String(issue.maximum)} items`);
      return t(`${zhName}超过 ${String(issue.maximum)} 个字`, `${enName} is longer than ${String(issue.maximum)} characters`);
    case 'invalid_value': {
      const values = allowed ?? issue.values.map(String);
      const given = typeof issue.input === 'string' || typeof issue.input === 'number' ? String(issue.input) : null;
      return t(
        `${zhName}的值${given === null ? '' : `「${given}」`}无效，应为：${values.join('、')}`,
        `${enName}: ${given === null ? 'the value is' : `"${given}" is`} not one of ${values.join(', ')}`,
      );
    }
    case 'unrecognized_keys':
      return t(`未知的字段：${issue.keys.join('、')}`, `Unknown field(s): ${issue.keys.join(', ')}`);
    case 'invalid_format':
      return t(`${zhName}的格式不正确`, `${enName} is malformed`);
    default:
      return t(`${zhName}无效`, `${enName} is invalid (${issue.message})`);
  }
}

const TYPE_ZH: Record<string, string> = { string: '文字', number: '数字', int: '整数', array: '列表', object: '对象', boolean: '是或否' };
