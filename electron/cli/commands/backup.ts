import type { Command } from 'commander';
import { takeBackup } from '../../core/backup/take-backup';
import { cliActor, say, withCore, type GlobalOptions } from '../cli-context';

/**
 * `adr backup [--out FILE]`: a consistent copy through SQLite's online backup API (safe while the
 * app runs), into the backups folder (kind manual, never rotated) or to FILE; audited with its
 * SHA-256 and size.
 */
export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('write a consistent copy of the database (SQLite online backup) to the backups folder, or to FILE')
    .option('--out <file>', 'the backup file to create (must not exist); default: <data>/backups/manual-<time>.sqlite3')
    .option('--json', 'print the result as JSON')
    .action(async (options: { out?: string; json?: boolean }, command: Command) => {
      await withCore(command.optsWithGlobals<GlobalOptions>(), async (core) => {
        const actor = cliActor(core, 'backup.admin');
        const backup = await takeBackup(core, actor, options.out ? { file: options.out } : { kind: 'manual' });
        if (options.json) console.log(JSON.stringify(backup, null, 2));
        else {
          console.log(say({ 'zh-CN': `备份已写入：${backup.file}`, en: `Backup written: ${backup.file}` }));
          console.log(`SHA-256 ${backup.sha256}  ${backup.bytes} bytes`);
        }
      });
    });
}
