import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../electron/contract/channels';
import { CHANNEL_NAMES, type ChannelName } from '../../../electron/contract/names';
import { dispatch } from '../../../electron/core/handlers/registry';
import { newSession } from '../../../electron/core/session';
import { openCore, type Core } from '../../../electron/core/core';
import { fixedClock } from '../../../electron/core/clock';
import { fileCore, setUpCore, tempDir } from '../helpers/core';
import { assertNotPolluted, checkError, hostilePayload, prototypeKeys, writeMarks } from './arbitraries';

/**
 * Issue 8, hostile input: every IPC channel, through `dispatch` (what Electron IPC, browser mode
 * and the component tests all call), with arbitrary payloads on a database holding the demo data.
 * Each call must come back as a structured Result — never a throw, never INTERNAL (an unexpected
 * failure), never a partial write when it fails, never a polluted prototype.
 *
 * Each channel runs on its own copy of the prepared database, with a fresh (implicitly
 * administrator) session per call, so one channel's accepted writes, or a sign-out, do not change
 * what the next one sees. The clock moves a second between calls, as a real one would (a frozen
 * clock makes two backups in a row collide on their file name). auth.* channels get a fresh core
 * per call: the sign-in throttle (1 s, 2 s, 4 s … per operator, kept per core) would otherwise turn
 * repeated hostile sign-ins into minutes of sleeping. RUNS per channel keeps the file under a minute.
 */
const RUNS = 40;

let template: string;
let ids: string[];
let work: string;

beforeAll(async () => {
  work = tempDir('adr-hostile-ipc-');
  template = path.join(work, 'template');
  fs.mkdirSync(template);
  const { core, session } = await setUpCore(await fileCore(template));
  const demo = await dispatch(core, session, 'demo.load', {});
  expect(demo.ok).toBe(true);
  // Real ids from every table that has them, so shaped payloads reach real rows.
  const tables = core.sqlite
    .prepare("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'id')")
    .pluck()
    .all() as string[];
  ids = tables.flatMap((t) => core.sqlite.prepare(`SELECT CAST(id AS TEXT) FROM "${t}" LIMIT 2`).pluck().all() as string[]);
  ids.push(...(core.sqlite.prepare('SELECT case_number FROM cases LIMIT 2').pluck().all() as string[]));
  core.close();
}, 60_000);

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

const clock = fixedClock('2026-11-27T02:00:00.000Z');

function channelDir(channel: string): string {
  const dir = path.join(work, channel.replace(/\W/g, '_'));
  fs.mkdirSync(dir);
  for (const f of fs.readdirSync(template)) {
    if (f.startsWith('adr-desk.sqlite3')) fs.copyFileSync(path.join(template, f), path.join(dir, f));
  }
  return dir;
}

function openChannelCore(dir: string): Promise<Core> {
  return openCore({ databaseFile: path.join(dir, 'adr-desk.sqlite3'), dataDir: dir, appVersion: '0.0.0-test', mode: 'test', clock });
}

/**
 * A failed sign-in is recorded on purpose (auth.signInFailed, electron/core/auth/sign-in.ts): the
 * one write a failed call may make. It touches no data row, so the change counter stays.
 */
function intendedFailureAudit(core: Core, channel: ChannelName, code: string, since: number): boolean {
  if (channel !== 'auth.signIn' || code !== 'BAD_CREDENTIALS') return false;
  const actions = core.sqlite.prepare('SELECT action FROM audit_log ORDER BY rowid LIMIT -1 OFFSET ?').pluck().all(since) as string[];
  return actions.length === 1 && actions[0] === 'auth.signInFailed';
}

/** One hostile call; returns a description of what went wrong, or null. */
async function hostileCall(core: Core, channel: ChannelName, payload: unknown, protoBefore: string): Promise<string | null> {
  const before = writeMarks(core);
  let result: Awaited<ReturnType<typeof dispatch>>;
  try {
    result = await dispatch(core, newSession(), channel, payload);
  } catch (error) {
    return `threw ${error instanceof Error ? error.stack : String(error)}`;
  }
  assertNotPolluted(protoBefore);
  if (result === null || typeof result !== 'object' || typeof result.ok !== 'boolean') return `not a Result: ${String(result)}`;
  if (result.ok) {
    const out = CHANNELS[channel].output.safeParse(result.value);
    return out.success ? null : 'ok:true with a value the contract refuses';
  }
  const bad = checkError(result.error);
  if (bad) return bad;
  if (result.error.code === 'INTERNAL') return `INTERNAL: ${result.error.message.en}`;
  const after = writeMarks(core);
  const auditOk = after.audit === before.audit || intendedFailureAudit(core, channel, result.error.code, before.audit);
  if (after.counter !== before.counter || !auditOk) {
    return `failed with ${result.error.code} but wrote (change counter ${before.counter}→${after.counter}, audit ${before.audit}→${after.audit})`;
  }
  return null;
}

describe('hostile payloads on every IPC channel', () => {
  for (const channel of CHANNEL_NAMES) {
    it(`${channel}: arbitrary payloads give a structured Result, never a throw, INTERNAL, partial write or pollution`, async () => {
      const dir = channelDir(channel);
      const perCall = channel.startsWith('auth.');
      let core = await openChannelCore(dir);
      const protoBefore = prototypeKeys();
      try {
        await fc.assert(
          fc.asyncProperty(hostilePayload(CHANNELS[channel].input, ids), async (payload) => {
            clock.advance(1000);
            if (perCall) {
              core.close();
              core = await openChannelCore(dir);
            }
            const problem = await hostileCall(core, channel, payload, protoBefore);
            if (problem) throw new Error(`${channel}: ${problem}`);
          }),
          { numRuns: RUNS, seed: 20261127, endOnFailure: true },
        );
      } finally {
        core.close();
      }
    }, 60_000);
  }
});
