import path from 'node:path';
import type { Command } from 'commander';
import { backupTo } from '../../core/db/backup';
import { appendAudit } from '../../core/audit/audit-log';
import { actorOf } from '../../core/services/operators';
import { defaultOperator } from '../../core/services/setup';
import { say, withCore, type GlobalOptions } from '../cli-context';

/** `adr backup --out FILE`: a consistent copy through SQLite's online backup API. */
export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('write a consistent copy of the database (SQLite online backup) to FILE')
    .requiredOption('--out <file>', 'the backup file to create (must not exist)')
    .action(async (options: { out: string }, command: Command) => {
      await withCore(command.optsWithGlobals<GlobalOptions>(), async (core) => {
        const target = path.resolve(options.out);
        await backupTo(core.sqlite, target);
        core.q.tx(() =>
          appendAudit(core.q, actorOf(defaultOperator(core)), core.now(), {
            action: 'database.backup',
            entity: 'database',
            detail: { file: target },
          }),
        );
        console.log(say({ 'zh-CN': `备份已写入：${target}`, en: `Backup written: ${target}` }));
      });
    });
}
