import type { Command } from 'commander';
import { CalendarDateSchema } from '../../contract/schemas/audit-log';
import { CoreError } from '../../core/errors';
import { runRetention } from '../../core/retention/retention-run';
import { dueCasesQuery, retentionCutoff, retentionStatus } from '../../core/retention/retention-status';
import { needsSetup } from '../../core/services/setup';
import { CliFailure, cliActor, cliOperator, say, withCore, type GlobalOptions } from '../cli-context';

/**
 * `adr retention status` and `adr retention run --yes` (PIPL art. 19): the same job as Settings →
 * 数据保留, one transaction and one audit entry. Without --yes nothing changes: it says how many
 * cases would be anonymised. Administrators only (retention.admin), as in the app.
 */
export function registerRetention(program: Command): void {
  const retention = program.command('retention').description('retention of closed cases\u2019 personal data (PIPL art. 19)');
  retention
    .command('status')
    .description('the retention period and how many closed cases are past it')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withCore(command.optsWithGlobals<GlobalOptions>(), (core) => {
        if (needsSetup(core)) throw new CoreError('NOT_SET_UP', 'The center is not set up');
        cliOperator(core, 'retention.admin');
        const s = retentionStatus(core);
        if (options.json) return console.log(JSON.stringify(s, null, 2));
        console.log(
          say({
            'zh-CN': `保留期限：结案后 ${s.years} 年（${s.cutoff} 前结案的案件已到期）\n到期未匿名化：${s.due} 件${s.oldestClosedOn ? `，最早结案 ${s.oldestClosedOn}` : ''}\n已匿名化：${s.anonymisedCases} 件`,
            en: `Retention: ${s.years} years after closing (cases closed before ${s.cutoff} are past it)\nDue, not yet anonymised: ${s.due}${s.oldestClosedOn ? `, oldest closed ${s.oldestClosedOn}` : ''}\nAnonymised: ${s.anonymisedCases}`,
          }),
        );
      });
    });
  retention
    .command('run')
    .description('anonymise the parties of every closed case past the period (cannot be undone)')
    .option('--yes', 'confirm; without it nothing changes')
    .option('--as-of <date>', 'count the period back from this China date instead of today')
    .option('--json', 'print the result as JSON')
    .action(async (options: { yes?: boolean; asOf?: string; json?: boolean }, command: Command) => {
      if (options.asOf !== undefined && !CalendarDateSchema.safeParse(options.asOf).success) {
        throw new CliFailure({ 'zh-CN': `--as-of 须为 YYYY-MM-DD：${options.asOf}`, en: `--as-of must be YYYY-MM-DD: ${options.asOf}` });
      }
      await withCore(command.optsWithGlobals<GlobalOptions>(), (core) => {
        if (needsSetup(core)) throw new CoreError('NOT_SET_UP', 'The center is not set up');
        const actor = cliActor(core, 'retention.admin');
        if (!options.yes) {
          const { cutoff } = retentionCutoff(core, options.asOf);
          const due = core.q.first(dueCasesQuery(cutoff).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
          throw new CliFailure({
            'zh-CN': `将匿名化 ${due} 件案件的当事人信息，且无法撤销。确认请加 --yes`,
            en: `This anonymises the parties of ${due} cases and cannot be undone. Add --yes to confirm`,
          });
        }
        const result = runRetention(core, actor, { asOf: options.asOf });
        if (options.json) return console.log(JSON.stringify(result, null, 2));
        console.log(
          say({
            'zh-CN': `已匿名化 ${result.cases} 件案件、${result.parties} 名当事人${result.caseNumbers.length ? `：${result.caseNumbers.join('、')}` : ''}`,
            en: `Anonymised ${result.cases} cases, ${result.parties} parties${result.caseNumbers.length ? `: ${result.caseNumbers.join(', ')}` : ''}`,
          }),
        );
      });
    });
}
