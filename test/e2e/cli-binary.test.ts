import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ADR = path.join(ROOT, 'out', 'cli', 'adr.js');

function adr(...args: string[]) {
  return spawnSync(process.execPath, [ADR, ...args], { encoding: 'utf8', env: { ...process.env, ADR_LANG: 'zh-CN' } });
}

describe('the built adr binary', () => {
  it('creates, fills and checks a database; exits non-zero with a Chinese message when the audit chain is broken', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-cli-'));
    const demo = adr('--data', dir, 'demo', '--json');
    expect(demo.status, demo.stderr).toBe(0);
    expect(JSON.parse(demo.stdout).cases).toBeGreaterThanOrEqual(30);

    const ok = adr('--data', dir, 'doctor');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('检查通过');

    const db = new Database(path.join(dir, 'adr-desk.sqlite3'));
    db.exec("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2;");
    db.close();
    const broken = adr('--data', dir, 'doctor');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('发现问题');
    expect(broken.stderr).toContain('audit chain broken at entry 2');
  });

  it('refuses an unknown command with usage help on stderr', () => {
    const result = adr('frobnicate');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/unknown command/);
  });
});
