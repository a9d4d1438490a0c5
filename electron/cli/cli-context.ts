import path from 'node:path';
import { openCore, type Core } from '../core/core';
import { databaseFileIn, defaultDataDir } from '../core/paths';
import { readAppVersion } from '../core/app-version';
import { machinePrinter } from '../core/documents/pdf/chromium-printer';
import { CoreError } from '../core/errors';
import { isDamaged, reportDamage } from '../core/backup/recovery';
import { assertLocalDataDir } from '../core/backup/drive-check';
import { localize } from '../contract/errors';
import { roleHas, type Permission } from '../contract/permissions';
import type { Localized } from '../contract/result';
import { signInRequired } from '../core/auth/session-gate';
import { signIn } from '../core/auth/sign-in';
import { roleParams } from '../core/auth/role-labels';
import type { Actor } from '../core/audit/audit-log';
import { actorOf, findOperatorByName, type OperatorRow } from '../core/services/operators';
import { defaultOperator, needsSetup } from '../core/services/setup';
import { newSession, type Session } from '../core/session';
import { promptPassword } from './password-prompt';

export interface GlobalOptions {
  data?: string;
  /** Chromium for PDF output (else CHROMIUM_PATH, else /usr/bin/chromium). */
  chromium?: string;
  /** Who runs the command (its password from ADR_PASSWORD, else asked on the terminal). */
  operator?: string;
}

export interface WithCoreOptions {
  /**
   * false for the commands that must work without anyone signed in (`adr doctor`, which checks a
   * database nobody may be able to sign in to). Every other command signs in when sign-in is on.
   */
  signIn?: boolean;
}

export type Lang = 'zh-CN' | 'en';

/** Messages follow ADR_LANG, then LANG; Chinese unless the environment asks for English. */
export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const value = env.ADR_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return /^en/i.test(value) ? 'en' : 'zh-CN';
}

export function say(text: Localized): string {
  return text[cliLang()];
}

export function resolveDataDir(options: GlobalOptions): string {
  return path.resolve(options.data ?? process.env.ADR_DATA_DIR ?? defaultDataDir());
}

/** The operator (and a signed-in session) each open core of this run acts as, set by withCore. */
const acting = new WeakMap<Core, { operator: OperatorRow; session: Session }>();

/** Asks for the password on a terminal, never echoing it; replaceable by tests. */
export const passwordSource = {
  async read(name: string): Promise<string | null> {
    const fromEnv = process.env.ADR_PASSWORD;
    if (fromEnv !== undefined) return fromEnv;
    if (!process.stdin.isTTY) return null;
    return promptPassword(say({ 'zh-CN': `操作员“${name}”的密码：`, en: `Password for operator "${name}": ` }));
  },
};

/**
 * Who this run acts as. Without passwords (tests, automation, `adr init` without one) it is the
 * --operator named, else the operator first-run setup created, as before. Once sign-in is on,
 * every command needs --operator NAME and that operator's password (ADR_PASSWORD for scheduled
 * jobs, else asked on the terminal); a wrong one fails with BAD_CREDENTIALS and is audited, as a
 * failed sign-in in the app is.
 */
async function signInForRun(core: Core, options: GlobalOptions): Promise<void> {
  if (needsSetup(core)) return;
  const name = options.operator?.trim();
  if (!signInRequired(core)) {
    const operator = name ? findOperatorByName(core, name) : defaultOperator(core);
    if (name && !operator) {
      throw new CliFailure({ 'zh-CN': `没有名为“${name}”的在用操作员`, en: `No active operator is named "${name}"` });
    }
    if (operator) acting.set(core, { operator, session: { ...newSession(), operatorId: operator.id } });
    return;
  }
  if (!name) {
    throw new CliFailure({
      'zh-CN': '已启用登录：请用 --operator 姓名 指明操作员，并输入其密码（计划任务可用环境变量 ADR_PASSWORD）。',
      en: 'Sign-in is on: name the operator with --operator NAME and give its password (scheduled jobs: the ADR_PASSWORD environment variable).',
    });
  }
  const password = await passwordSource.read(name);
  if (!password) {
    throw new CliFailure({
      'zh-CN': `需要操作员“${name}”的密码：请在终端中运行，或设置环境变量 ADR_PASSWORD。`,
      en: `The password of operator "${name}" is needed: run in a terminal, or set ADR_PASSWORD.`,
    });
  }
  const session = newSession();
  const operator = findOperatorByName(core, name);
  // An unknown name goes through the same check (and the same answer and audit) as a wrong password.
  await signIn(core, session, { operatorId: operator?.id ?? name, password });
  acting.set(core, { operator: operator!, session });
}

/**
 * The operator this run acts as, refused with PERMISSION_DENIED when their role lacks
 * `permission` — the same rule the app's handler layer applies to the same work.
 */
export function cliOperator(core: Core, permission: Permission): OperatorRow | undefined {
  const operator = acting.get(core)?.operator ?? (signInRequired(core) ? undefined : defaultOperator(core));
  if (signInRequired(core) && !operator) throw new CoreError('SIGN_IN_REQUIRED', 'Sign in first');
  if (operator && !roleHas(operator.role, permission)) {
    throw new CoreError('PERMISSION_DENIED', `Role ${operator.role} lacks ${permission}`, roleParams(operator.role));
  }
  return operator;
}

/** cliOperator as the audit log records it. */
export function cliActor(core: Core, permission: Permission): Actor {
  return actorOf(cliOperator(core, permission));
}

/** A session for dispatch() acting as this run's operator (signed in when sign-in is on). */
export function cliSession(core: Core): Session {
  return acting.get(core)?.session ?? newSession();
}

export async function withCore<T>(
  options: GlobalOptions,
  fn: (core: Core, dataDir: string) => Promise<T> | T,
  how: WithCoreOptions = {},
): Promise<T> {
  const dataDir = resolveDataDir(options);
  assertLocalDataDir(dataDir); // WAL cannot work on a network drive: refuse before opening
  // Chromium starts only if a command prints a PDF, and is closed with the database.
  const printer = machinePrinter(options.chromium);
  const core = await openCore({
    databaseFile: databaseFileIn(dataDir),
    dataDir,
    appVersion: readAppVersion(import.meta.dirname),
    mode: 'cli',
    printPdf: printer.print,
  }).catch(async (error: unknown) => {
    await printer.close();
    // A damaged database: name the latest good backup and the `adr restore FILE` command.
    throw isDamaged(error) ? reportDamage(error, dataDir).error : error;
  });
  try {
    if (how.signIn !== false) await signInForRun(core, options);
    return await fn(core, dataDir);
  } finally {
    core.close();
    await printer.close();
  }
}

/** A failure the user can act on: printed on stderr in their language, exit code 1. */
export class CliFailure extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
  }
}

export function describeError(error: unknown): string {
  if (error instanceof CliFailure) return say(error.text);
  if (error instanceof CoreError) return say(localize(error.code, error.params));
  if (error instanceof Error) return error.message;
  return String(error);
}
