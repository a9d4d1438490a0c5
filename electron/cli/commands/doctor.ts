import type { Command } from 'commander';
import { runDoctor } from '../../core/services/doctor';
import { CliFailure, say, withCore, type GlobalOptions } from '../cli-context';

/** `adr doctor`: integrity, foreign keys, schema version, audit chain. Non-zero exit on a problem. */
export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description('check the database: integrity_check, foreign_key_check, schema version, audit chain')
    .option('--json', 'print the full report as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      // Works without signing in: it must be able to check a database nobody can sign in to.
      await withCore(command.optsWithGlobals<GlobalOptions>(), (core) => {
        const report = runDoctor(core);
        if (options.json) console.log(JSON.stringify(report, null, 2));
        else {
          console.log(`integrity_check: ${report.integrity.join('; ')}`);
          console.log(`foreign_key_check: ${report.foreignKeyViolations.length}`);
          console.log(`schema: ${report.schemaVersion}/${report.latestSchemaVersion}`);
          console.log(`audit: ${report.audit.entries} entries, head ${report.audit.headHash.slice(0, 16)}…`);
        }
        if (!report.ok) {
          throw new CliFailure({
            'zh-CN': `发现问题：\n${report.problems.join('\n')}`,
            en: `Problems found:\n${report.problems.join('\n')}`,
          });
        }
        if (!options.json) console.log(say({ 'zh-CN': '检查通过。', en: 'All checks passed.' }));
      }, { signIn: false });
    });
}
