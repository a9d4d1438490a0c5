import type { Command } from 'commander';
import { RoleSchema } from '../../contract/schemas/common';
import { SetupInputSchema } from '../../contract/schemas/setup';
import { validationError } from '../../contract/errors';
import { newSession } from '../../core/session';
import { completeSetup, needsSetup } from '../../core/services/setup';
import { CliFailure, say, withCore, type GlobalOptions } from '../cli-context';

interface InitOptions {
  center?: string;
  level?: string;
  court?: string;
  operator?: string;
  role?: string;
}

/** `adr init`: create and migrate the database; with --center … also do the first-run setup. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create the database (and migrate it); with --center, --court and --operator also complete first-run setup')
    .option('--center <name>', 'center name, e.g. 秦皇岛市行政争议化解中心')
    .option('--level <level>', 'city or district', 'city')
    .option('--court <name>', 'court name')
    .option('--operator <name>', 'first operator name')
    .option('--role <role>', `first operator role (${RoleSchema.options.join(', ')})`, 'administrator')
    .action(async (options: InitOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      // The global --operator (who runs a command) takes the option wherever it is written; here,
      // before setup, it names the first operator.
      const operatorName = options.operator ?? global.operator;
      await withCore(global, (core, dataDir) => {
        const lines = [`${say({ 'zh-CN': '数据库', en: 'Database' })}: ${core.database.file}`];
        lines.push(`${say({ 'zh-CN': '结构版本', en: 'Schema version' })}: ${core.database.schemaVersion}`);
        if (options.center || options.court || operatorName) {
          const parsed = SetupInputSchema.safeParse({
            centerName: options.center,
            level: options.level,
            courtName: options.court,
            operatorName,
            operatorRole: options.role,
          });
          if (!parsed.success) {
            const error = validationError(parsed.error);
            throw new CliFailure({
              'zh-CN': error.fields!.map((f) => `${f.path}: ${f.message['zh-CN']}`).join('\n'),
              en: error.fields!.map((f) => `${f.path}: ${f.message.en}`).join('\n'),
            });
          }
          completeSetup(core, newSession(), parsed.data);
          lines.push(say({ 'zh-CN': '首次设置已完成。', en: 'First-run setup completed.' }));
        } else if (needsSetup(core)) {
          lines.push(say({ 'zh-CN': '尚未完成首次设置（启动程序或使用 --center/--court/--operator）。', en: 'First-run setup not done yet (start the app, or pass --center/--court/--operator).' }));
        }
        lines.push(`${say({ 'zh-CN': '数据目录', en: 'Data folder' })}: ${dataDir}`);
        console.log(lines.join('\n'));
      });
    });
}
