import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { fileCore, tempDir } from '../helpers/core';
import { VALID_ID } from '../cases/fixture';
import { importFixture } from './import-fixture';

/**
 * Acceptance: a kill -9 in the middle of a large referral import leaves a database that passes
 * PRAGMA integrity_check, with the import either fully present or fully absent.
 *
 * A child process (child/apply-referrals.mjs, TypeScript run by Node's own type stripping, as the
 * case-number concurrency test does) imports REFERRALS referrals into a real WAL database file and
 * says WRITING right before its write transaction. One run is left to finish and times the
 * transaction; the others are killed with SIGKILL either a fraction of that time after WRITING, or
 * as soon as the WAL file has grown past a size: SQLite writes a large transaction's pages to the
 * WAL before its commit once they overflow the page cache, so such a kill leaves uncommitted frames
 * on disk for the next open to discard — the hardest case for recovery.
 */

const REFERRALS = 4000;
type Kill = { atFraction: number } | { walBytes: number };
const KILLS: Kill[] = [{ atFraction: 0.15 }, { atFraction: 0.5 }, { walBytes: 1 }, { walBytes: 1024 * 1024 }];
const DATABASE = 'adr-desk.sqlite3';
const AGENCIES = ['秦皇岛市自然资源和规划局', '海港区征收办', '市人社局', '秦皇岛市住房和城乡建设局'];
const CATEGORIES = ['土地房屋征收补偿', '劳动和社会保障', '不动产登记', '违法建设查处'];

function bigReferralFile(): string {
  const referrals = Array.from({ length: REFERRALS }, (_, i) => ({
    courtNumber: `（2026）冀03行初${10_000 + i}号`,
    kind: i % 3 === 0 ? 'entrusted' : 'delegated',
    category: CATEGORIES[i % CATEGORIES.length],
    respondentAgency: AGENCIES[i % AGENCIES.length],
    referredOn: `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    claims: `请求撤销第${i}号行政决定并赔偿损失`,
    disputeFocus: '行政行为认定事实是否清楚、适用法律是否正确',
    parties: [
      { kind: 'person', name: `申请人${i}`, idType: 'resident_id', idNumber: VALID_ID, phone: '13800000000', address: `海港区某路${i}号` },
      { role: 'third_party', kind: 'organisation', name: `某某有限公司${i}` },
    ],
  }));
  return JSON.stringify({ format: 'adr-court-referrals', version: 1, court: '秦皇岛市中级人民法院', referrals });
}

interface Run {
  /** ms from WRITING to the kill, or null when the child was left to finish. */
  killedAfter: number | null;
  /** The child's own time for the write transaction, when it finished. */
  committedMs: number | null;
  /** Size of the WAL file at WRITING and at the kill: what grew in between is the transaction's, uncommitted. */
  walAtWriting: number;
  walBytes: number;
}

const CHILD = path.join(import.meta.dirname, 'child', 'apply-referrals.mjs');

function runChild(databaseFile: string, referralFile: string, kill: { afterMs: number } | { walBytes: number } | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--experimental-transform-types', '--no-warnings', CHILD, databaseFile, referralFile], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const wal = `${databaseFile}-wal`;
    const walSize = () => (fs.existsSync(wal) ? fs.statSync(wal).size : 0);
    let out = '';
    let writingAt = 0;
    let killedAfter: number | null = null;
    let walBytes = 0;
    let walAtWriting = 0;
    let poll: NodeJS.Timeout | undefined;
    const killNow = () => {
      if (killedAfter !== null) return;
      walBytes = walSize();
      killedAfter = Date.now() - writingAt;
      child.kill('SIGKILL');
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const before = out;
      out += chunk;
      if (kill === null || before.includes('WRITING') || !out.includes('WRITING')) return;
      writingAt = Date.now();
      walAtWriting = walSize();
      if ('afterMs' in kill) setTimeout(killNow, kill.afterMs);
      else poll = setInterval(() => walSize() >= walAtWriting + kill.walBytes && killNow(), 2);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearInterval(poll);
      const committed = /COMMITTED (\d+) (\d+)/.exec(out);
      if (!out.includes('WRITING')) reject(new Error(`the child never reached the write (exit ${code}, ${signal}): ${out}`));
      else if (kill === null && code !== 0) reject(new Error(`the child failed (exit ${code}): ${out}`));
      else resolve({ killedAfter, committedMs: committed ? Number(committed[1]) : null, walAtWriting, walBytes });
    });
  });
}

/** What the database holds after the run; throws unless it is whole and the import all-or-nothing. */
async function inspect(dir: string): Promise<'present' | 'absent'> {
  const sqlite = new Database(path.join(dir, DATABASE));
  const n = (sql: string) => sqlite.prepare(sql).pluck().get() as number;
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const counts = {
      cases: n('SELECT count(*) FROM cases WHERE court_number IS NOT NULL'),
      parties: n('SELECT count(*) FROM parties'),
      respondents: n("SELECT count(*) FROM case_agencies WHERE role = 'respondent'"),
      caseAudits: n("SELECT count(*) FROM audit_log WHERE action = 'case.create'"),
      imports: n("SELECT count(*) FROM court_batches WHERE direction = 'import' AND kind = 'referrals'"),
      importAudits: n("SELECT count(*) FROM audit_log WHERE action = 'court.import'"),
      sequence: n('SELECT coalesce(max(last_value), 0) FROM case_number_sequences'),
    };
    const present = { cases: REFERRALS, parties: 2 * REFERRALS, respondents: REFERRALS, caseAudits: REFERRALS, imports: 1, importAudits: 1, sequence: REFERRALS };
    const absent = { cases: 0, parties: 0, respondents: 0, caseAudits: 0, imports: 0, importAudits: 0, sequence: 0 };
    expect([present, absent]).toContainEqual(counts);
    return counts.cases === 0 ? 'absent' : 'present';
  } finally {
    sqlite.close();
  }
}

describe('a crash in the middle of a referral import', () => {
  it(`kill -9 during the write of ${REFERRALS} referrals leaves an intact database with the import fully present or fully absent`, async () => {
    // One prepared database (set up, with the agencies the file names), copied for every run.
    const template = tempDir('adr-crash-');
    const core = await fileCore(template);
    await importFixture(core);
    core.close();
    const referralFile = path.join(template, 'referrals.json');
    fs.writeFileSync(referralFile, bigReferralFile());

    const runDir = (i: number) => {
      const dir = path.join(template, `run-${i}`);
      fs.mkdirSync(dir);
      fs.copyFileSync(path.join(template, DATABASE), path.join(dir, DATABASE));
      return dir;
    };

    const whole = runDir(0);
    const finished = await runChild(path.join(whole, DATABASE), referralFile, null);
    expect(await inspect(whole)).toBe('present');
    const writeMs = finished.committedMs!;

    const outcomes: { kill: Kill; run: Run; state: 'present' | 'absent' }[] = [];
    for (const [i, kill] of KILLS.entries()) {
      const dir = runDir(i + 1);
      const run = await runChild(path.join(dir, DATABASE), referralFile, 'atFraction' in kill ? { afterMs: Math.round(kill.atFraction * writeMs) } : kill);
      outcomes.push({ kill, run, state: await inspect(dir) });
      // The app opens the database again after the crash: the audit chain still verifies.
      const reopened = await fileCore(dir);
      expect(verifyAuditChain(reopened.q).ok).toBe(true);
      reopened.close();
    }
    console.info(
      `crash test: ${REFERRALS} referrals, write transaction ${writeMs} ms; kills: ${outcomes
        .map((o) => `${o.run.killedAfter ?? 'none'} ms → ${o.state} (WAL ${o.run.walAtWriting} → ${o.run.walBytes} bytes)`)
        .join(', ')}`,
    );
    // The kills must really have hit the transaction: a run was cut off before its commit while
    // its uncommitted pages were already in the WAL file.
    expect(outcomes.some((o) => o.state === 'absent' && o.run.walBytes > o.run.walAtWriting)).toBe(true);
  }, 120_000);
});
