import { z } from 'zod';
import type { AppError, FieldIssue, Localized } from './result';

/**
 * The text of every stable error code, in both UI languages. `{name}` placeholders are filled
 * from the error's params. Kept in the contract so main, the web bridge and the CLI produce the
 * same words.
 */
export const ERROR_MESSAGES: Record<string, Localized> = {
  VALIDATION: { 'zh-CN': '输入有误，请检查标出的字段。', en: 'Some input is invalid; check the marked fields.' },
  VALIDATION_DETAIL: { 'zh-CN': '输入有误：{detail}', en: 'Some input is invalid: {detail}' },
  UNKNOWN_CHANNEL: { 'zh-CN': '未知的操作：{channel}', en: 'Unknown operation: {channel}' },
  FORBIDDEN_SENDER: { 'zh-CN': '请求来源不受信任，已拒绝。', en: 'The request came from an untrusted page and was refused.' },
  PERMISSION_DENIED: {
    'zh-CN': '当前操作员（{role}）无权执行此操作。',
    en: 'The current operator ({role}) is not allowed to do this.',
  },
  NOT_SET_UP: { 'zh-CN': '请先完成首次设置。', en: 'Complete the first-run setup first.' },
  ALREADY_SET_UP: { 'zh-CN': '本中心已完成设置，不能重复设置。', en: 'This center is already set up.' },
  NOT_FOUND: { 'zh-CN': '未找到：{what}', en: 'Not found: {what}' },
  CONFLICT: { 'zh-CN': '数据冲突：{what}', en: 'Conflict: {what}' },
  DB_NEWER_VERSION: {
    'zh-CN': '该数据库由更新版本的 ADR Desk 创建（结构版本 {found}，本程序最高支持 {supported}）。请升级程序；文件未被修改。',
    en: 'This database was written by a newer ADR Desk (schema {found}; this app supports up to {supported}). Update the app; the file was not changed.',
  },
  DB_OPEN_FAILED: { 'zh-CN': '无法打开数据库文件：{file}', en: 'Cannot open the database file: {file}' },
  DB_DAMAGED: {
    'zh-CN': '数据库文件已损坏（启动检查 quick_check 未通过）：{file}。{latest}',
    en: 'The database file is damaged (the start-up quick_check failed): {file}. {latest}',
  },
  DB_NETWORK_DRIVE: {
    'zh-CN': '数据文件夹位于网络驱动器上（{dir}）。SQLite 的 WAL 模式依赖本机共享内存，在网络驱动器上会损坏数据库。请把数据文件夹放在本机磁盘上。',
    en: 'The data folder is on a network drive ({dir}). SQLite\'s WAL mode needs shared memory on the local machine and can corrupt the database on a network drive. Keep the data folder on a local disk.',
  },
  BACKUP_INVALID: { 'zh-CN': '该备份文件不能用于恢复：{detail}', en: 'This backup file cannot be restored: {detail}' },
  DEMO_NOT_EMPTY: {
    'zh-CN': '数据库中已有案件，演示数据只能载入到空数据库。',
    en: 'The database already holds cases; demo data loads only into an empty database.',
  },
  IMPORT_REJECTED: {
    'zh-CN': '导入未执行，文件中的数据均未写入：{detail}',
    en: 'Nothing was imported: {detail}',
  },
  CANCELLED: { 'zh-CN': '已取消，未生成文件。', en: 'Cancelled; no file was produced.' },
  PDF_UNAVAILABLE: {
    'zh-CN': '无法生成 PDF：未找到 Chromium 浏览器。请安装 Chromium，或用 --chromium 参数或 CHROMIUM_PATH 环境变量指定其位置。',
    en: 'Cannot produce a PDF: no Chromium browser was found. Install Chromium, or give its location with --chromium or CHROMIUM_PATH.',
  },
  NOTHING_TO_EXPORT: {
    'zh-CN': '自法院上次确认的批次以来没有任何变化，无需导出。如需全部重新导出，请选择“全部数据”。',
    en: 'Nothing has changed since the last batch the court acknowledged. To send everything again, choose "all data".',
  },
  KEY_UNAVAILABLE: {
    'zh-CN': '无法使用本中心的签名私钥：{detail}',
    en: 'The center\'s signing key cannot be used: {detail}',
  },
  SIGN_IN_REQUIRED: { 'zh-CN': '请先登录。', en: 'Sign in first.' },
  LOCKED: { 'zh-CN': '工作台已锁定，请输入密码解锁。', en: 'The workstation is locked; enter your password to unlock it.' },
  BAD_CREDENTIALS: { 'zh-CN': '操作员或密码不正确。', en: 'Wrong operator or password.' },
  INTERNAL: { 'zh-CN': '内部错误：{detail}', en: 'Internal error: {detail}' },
};

/**
 * `{name}` takes `params['name.zh-CN']` / `params['name.en']` when the core worded the value in
 * each language (e.g. the step a stage guard names), else `params.name`.
 */
function fill(template: string, params: Record<string, string | number>, lang: keyof Localized): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const own = (k: string) => (Object.hasOwn(params, k) ? params[k] : undefined);
    const value = own(`${key}.${lang}`) ?? own(key);
    return value === undefined ? whole : String(value);
  });
}

export function localize(code: string, params: Record<string, string | number> = {}): Localized {
  // A validation failure found by the core (e.g. row 3 of an import file) carries its detail.
  const key = code === 'VALIDATION' && params.detail !== undefined ? 'VALIDATION_DETAIL' : code;
  const template = ERROR_MESSAGES[key] ?? ERROR_MESSAGES.INTERNAL!;
  return { 'zh-CN': fill(template['zh-CN'], params, 'zh-CN'), en: fill(template.en, params, 'en') };
}

export function appError(
  code: string,
  params: Record<string, string | number> = {},
  fields?: FieldIssue[],
): AppError {
  return fields ? { code, message: localize(code, params), fields } : { code, message: localize(code, params) };
}

const zh = z.locales.zhCN();
const en = z.locales.en();

function issueText(
  locale: { localeError: (issue: never) => unknown },
  issue: z.core.$ZodIssue,
): string {
  const out = locale.localeError(issue as never);
  if (typeof out === 'string') return out;
  if (out && typeof out === 'object' && 'message' in out) return String((out as { message: unknown }).message);
  return issue.message;
}

/** Turns zod issues into field issues worded in both languages (zod's own zh-CN and en locales). */
export function validationError(error: z.ZodError): AppError {
  const fields: FieldIssue[] = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: { 'zh-CN': issueText(zh, issue), en: issueText(en, issue) },
  }));
  return appError('VALIDATION', {}, fields);
}
