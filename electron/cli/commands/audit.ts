import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AuditFiltersSchema } from '../../contract/schemas/audit-log';
import { exportAuditLog } from '../../core/audit/audit-export';
import { verifyAuditChain } from '../../core/audit/audit-log';
import { sha256Of } from '../../core/documents/export-file';
import { CoreError } from '../../core/errors';
import { needsSetup } from '../../core/services/setup';
import { CliFailure, cliActor, cliOperator, say, withCore, type GlobalOptions } from '../cli-context';

/**
 * `adr audit verify` (exit 0 when the whole chain verifies, 1 naming the first broken entry) and
 * `adr audit export --out FILE [filters]` (the viewer's XLSX, audited like the app's export).
 * Both need an administrator, as in the app (audit.read, audit.export): --operator NAME and its
 * password once sign-in is on.
 */

const REASON: Record<string, { 'zh-CN': string; en: string }> = {
  hash_mismatch: { 'zh-CN': '内容被改动', en: 'its content was changed' },
  prev_hash_mismatch: { 'zh-CN': '顺序被打乱', en: 'the order was changed' },
  missing_entry: { 'zh-CN': '条目缺失', en: 'an entry is missing' },
};

interface ExportOptions {
  out: string;
  from?: string;
  to?: string;
  operator?: string;
  action?: string;
  entity?: string;
  text?: string;
}

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the audit log (审计日志): verify the hash chain, export it as XLSX');
  audit
    .command('verify')
    .description('verify the whole hash chain; exit 1 and name the first broken entry')
    .option('--json', 'print the report as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withCore(command.optsWithGlobals<GlobalOptions>(), (core) => {
        if (!needsSetup(core)) cliOperator(core, 'audit.read');
        const report = verifyAuditChain(core.q);
        if (options.json) console.log(JSON.stringify(report, null, 2));
        if (report.firstBroken) {
          const { seq, reason } = report.firstBroken;
          throw new CliFailure({
            'zh-CN': `审计链条校验未通过：第 ${seq} 条（${REASON[reason]!['zh-CN']}）`,
            en: `Audit chain broken at entry ${seq} (${REASON[reason]!.en})`,
          });
        }
        if (!options.json) {
          console.log(
            say({
              'zh-CN': `审计链条完整：${report.entries} 条，链头 ${report.headHash}`,
              en: `Audit chain verified: ${report.entries} entries, head ${report.headHash}`,
            }),
          );
        }
      });
    });
  audit
    .command('export')
    .description('write the audit log (filtered) as XLSX; the export itself is audited')
    .requiredOption('--out <file>', 'the .xlsx file to write (its folder is made if missing)')
    .option('--from <date>', 'first China date, YYYY-MM-DD (inclusive)')
    .option('--to <date>', 'last China date, YYYY-MM-DD (inclusive)')
    .option('--operator <name>', 'operator name or id')
    .option('--action <action>', "action, exact or a prefix ending in a dot ('court.')")
    .option('--entity <entity>', 'entity, e.g. cases')
    .option('--text <text>', 'text in the detail')
    .action(async (options: ExportOptions, command: Command) => {
      const { out, ...rest } = options;
      const parsed = AuditFiltersSchema.safeParse(Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ');
        throw new CliFailure({ 'zh-CN': `筛选条件有误：${problems}`, en: `Invalid filter: ${problems}` });
      }
      await withCore(command.optsWithGlobals<GlobalOptions>(), async (core) => {
        if (needsSetup(core)) throw new CoreError('NOT_SET_UP', 'The center is not set up');
        const file = await exportAuditLog(core, cliActor(core, 'audit.export'), parsed.data);
        const target = path.resolve(out);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
        console.log(target);
        console.log(`SHA-256 ${sha256Of(file).sha256}`);
      });
    });
}
