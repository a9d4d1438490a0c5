import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { QuarterSchema } from '../../contract/schemas/linkage';
import { CoreError } from '../../core/errors';
import { exportQuarterly, type QuarterlyFormat } from '../../core/linkage/quarterly-export';
import { needsSetup } from '../../core/services/setup';
import { cliActor, CliFailure, withCore, type GlobalOptions } from '../cli-context';

/**
 * `adr report quarterly --quarter 2026Q3 --out DIR`: the quarter's notification (季度通报) as
 * DOCX and XLSX, the same files the app exports, for a scheduled job or a liaison's script. Each
 * export is audited as in the app.
 */

const FORMATS: QuarterlyFormat[] = ['docx', 'xlsx'];

function registerQuarterly(report: Command): void {
  report
    .command('quarterly')
    .description('write the quarterly notification (季度通报) as DOCX and XLSX into DIR')
    .requiredOption('--quarter <quarter>', 'the quarter, e.g. 2026Q3')
    .requiredOption('--out <dir>', 'folder to write the files into (created if missing)')
    .action(async (options: { quarter: string; out: string }, command: Command) => {
      const quarter = options.quarter.trim().toUpperCase();
      if (!QuarterSchema.safeParse(quarter).success) {
        throw new CliFailure({
          'zh-CN': `季度格式不正确：${options.quarter}（应为 年份Q季度，如 2026Q3）`,
          en: `Not a quarter: ${options.quarter} (expected YEARQn, e.g. 2026Q3)`,
        });
      }
      await withCore(command.optsWithGlobals<GlobalOptions>(), async (core) => {
        if (needsSetup(core)) throw new CoreError('NOT_SET_UP', 'The center is not set up');
        const dir = path.resolve(options.out);
        fs.mkdirSync(dir, { recursive: true });
        const actor = cliActor(core, 'linkage.read');
        for (const format of FORMATS) {
          const file = await exportQuarterly(core, actor, quarter, format);
          const target = path.join(dir, file.fileName);
          fs.writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
          // One path per line and nothing else, so a script can pick the files up.
          console.log(target);
        }
      });
    });
}

export function registerReport(program: Command): void {
  registerQuarterly(program.command('report').description('periodic reports'));
}
