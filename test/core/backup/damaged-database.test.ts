import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localize } from '../../../electron/contract/errors';
import { appendAudit, SYSTEM_ACTOR, verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { writeTx } from '../../../electron/core/cases/case-rows';
import { CoreError } from '../../../electron/core/errors';
import { putSetting, getSetting } from '../../../electron/core/services/settings';
import { backupsDirOf, listBackups } from '../../../electron/core/backup/backup-files';
import { dailyBackupIfDue } from '../../../electron/core/backup/take-backup';
import { isDamaged, reportDamage } from '../../../electron/core/backup/recovery';
import { auditRestore, restoreDatabaseFile } from '../../../electron/core/backup/restore';
import { fileCore, setUpCore, tempDir } from '../helpers/core';
import { corruptMiddle } from './corruption';

async function filledDatabase(): Promise<string> {
  const dir = tempDir('adr-damaged-');
  const { core } = await setUpCore(await fileCore(dir));
  writeTx(core, () => {
    for (let n = 0; n < 400; n += 1) putSetting(core, `filler.${n}`, 'z'.repeat(1500));
    appendAudit(core.q, SYSTEM_ACTOR, core.now(), { action: 'test.fill', entity: 'settings' });
  });
  await dailyBackupIfDue(core);
  writeTx(core, () => putSetting(core, 'after.backup', true));
  core.close();
  return dir;
}

async function openError(dir: string): Promise<unknown> {
  try {
    (await fileCore(dir)).close();
    return null;
  } catch (error) {
    return error;
  }
}

describe('a damaged database file', () => {
  it('fails the start-up quick_check with DB_DAMAGED naming the latest good backup and the restore command', async () => {
    const dir = await filledDatabase();
    corruptMiddle(path.join(dir, 'adr-desk.sqlite3'));
    const error = await openError(dir);
    expect(isDamaged(error)).toBe(true);
    const { error: reported, latest } = reportDamage(error as CoreError, dir);
    expect(latest?.kind).toBe('daily');
    const text = localize(reported.code, reported.params);
    expect(text['zh-CN']).toContain('已损坏');
    expect(text['zh-CN']).toContain(`adr restore "${latest!.file}"`);
    expect(text.en).toContain(`adr restore "${latest!.file}"`);
  });

  it('skips a damaged backup when naming the latest good one', async () => {
    const dir = await filledDatabase();
    const [daily] = listBackups(backupsDirOf(dir));
    corruptMiddle(daily!.file);
    corruptMiddle(path.join(dir, 'adr-desk.sqlite3'));
    const { latest, error } = reportDamage((await openError(dir)) as CoreError, dir);
    expect(latest).toBeNull();
    expect(localize(error.code, error.params).en).toContain('no usable backup');
  });

  it('recovers by restoring the latest good backup over the closed file: the damaged one is set aside, the data is as at the backup, the chain verifies', async () => {
    const dir = await filledDatabase();
    const db = path.join(dir, 'adr-desk.sqlite3');
    corruptMiddle(db);
    const { latest } = reportDamage((await openError(dir)) as CoreError, dir);
    const { checked, keptAside } = restoreDatabaseFile({ databaseFile: db, backupsDir: backupsDirOf(dir), source: latest!.file, nowIso: '2026-11-27T03:00:00.000Z', asideKind: 'damaged' });
    expect(keptAside.map((f) => path.basename(f))).toContain('damaged-2026-11-27T03-00-00-000Z.sqlite3');
    const core = await fileCore(dir);
    auditRestore(core, SYSTEM_ACTOR, checked, keptAside);
    checked.dispose();
    expect(getSetting(core, 'filler.399')).toBe('z'.repeat(1500));
    expect(getSetting(core, 'after.backup')).toBeUndefined();
    expect(verifyAuditChain(core.q).ok).toBe(true);
    core.close();
    // The damaged file is never offered as a backup.
    expect(reportDamage(new CoreError('DB_DAMAGED', 'x', {}), dir).latest?.kind).not.toBe('damaged');
  });
});
