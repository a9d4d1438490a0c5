import type { Command } from 'commander';
import { backupsDirOf } from '../../core/backup/backup-files';
import { assertLocalDataDir } from '../../core/backup/drive-check';
import { isDamaged } from '../../core/backup/recovery';
import { auditRestore, restoreDatabaseFile, restoreIntoOpenCore, type RestoreOutcome } from '../../core/backup/restore';
import { databaseFileIn } from '../../core/paths';
import { cliActor, resolveDataDir, say, withCore, type GlobalOptions } from '../cli-context';

/**
 * `adr restore FILE`: checks FILE (integrity_check, schema version, ADR Desk tables) on a temp
 * copy, keeps the current database aside in backups/, puts the backup in place and records the
 * restore in the restored audit chain. A sound current database is restored in place (one write
 * transaction; safe even beside a running app, which sees the restored data — reload its window).
 * A damaged one (the start-up check failed) is moved aside with its -wal/-shm and replaced: close
 * the app first in that case. The operator (--operator, when sign-in is on) needs backup.admin; on
 * a damaged database nobody can sign in, so the check happens on the restored one, before its
 * audit entry (whoever can run adr on the machine can replace the file by hand anyway).
 */
export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description('restore the database from a backup FILE (checked first; the current database is kept in backups/)')
    .argument('<file>', 'the backup file')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options: { json?: boolean }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const dataDir = resolveDataDir(globals);
      assertLocalDataDir(dataDir);
      let outcome: RestoreOutcome;
      try {
        outcome = await withCore(globals, (core) => restoreIntoOpenCore(core, cliActor(core, 'backup.admin'), file));
      } catch (error) {
        if (!isDamaged(error)) throw error;
        const { checked, keptAside } = restoreDatabaseFile({
          databaseFile: databaseFileIn(dataDir),
          backupsDir: backupsDirOf(dataDir),
          source: file,
          nowIso: new Date().toISOString(),
          asideKind: 'damaged',
        });
        try {
          outcome = await withCore(globals, (core) => auditRestore(core, cliActor(core, 'backup.admin'), checked, keptAside));
        } finally {
          checked.dispose();
        }
      }
      if (options.json) {
        console.log(JSON.stringify(outcome, null, 2));
        return;
      }
      console.log(say({ 'zh-CN': `已从备份恢复：${outcome.restoredFrom}`, en: `Restored from: ${outcome.restoredFrom}` }));
      console.log(say({ 'zh-CN': `原数据库已保存到：${outcome.keptAside.join(', ')}`, en: `The previous database was kept at: ${outcome.keptAside.join(', ')}` }));
      if (outcome.backupSchemaVersion < outcome.schemaVersion) {
        console.log(say({ 'zh-CN': `备份的结构版本 ${outcome.backupSchemaVersion} 已迁移到 ${outcome.schemaVersion}。`, en: `The backup's schema ${outcome.backupSchemaVersion} was migrated to ${outcome.schemaVersion}.` }));
      }
    });
}
