import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { FlowchartFormatSchema, type FlowchartFormat } from '../../contract/schemas/flowcharts';
import { findCaseByNumber } from '../../core/cases/case-detail';
import { CoreError } from '../../core/errors';
import { exportCaseFlowchart, exportTemplateFlowchart } from '../../core/flowcharts/flowchart-export';
import { needsSetup } from '../../core/services/setup';
import { cliActor, CliFailure, withCore, type GlobalOptions } from '../cli-context';

/**
 * `adr flowchart (--template | --case NUMBER) --format svg|png|pdf --out FILE`: the workflow chart
 * (工作流程图) or one case's path, the same file the app exports, audited the same way. PDF is
 * printed by the machine's Chromium (--chromium, CHROMIUM_PATH, /usr/bin/chromium).
 */

interface FlowchartOptions {
  template?: boolean;
  case?: string;
  format: string;
  out: string;
}

function formatOf(value: string): FlowchartFormat {
  const parsed = FlowchartFormatSchema.safeParse(value.trim().toLowerCase());
  if (parsed.success) return parsed.data;
  throw new CliFailure({ 'zh-CN': `--format 须为 svg、png 或 pdf：${value}`, en: `--format must be svg, png or pdf: ${value}` });
}

export function registerFlowchart(program: Command): void {
  program
    .command('flowchart')
    .description('write the workflow flowchart (工作流程图, --template) or one case\'s path (--case NUMBER) as SVG, PNG or PDF')
    .option('--template', 'the current workflow template')
    .option('--case <number>', 'the case number as shown, e.g. 行化〔2026〕3号')
    .requiredOption('--format <format>', 'svg, png (2×) or pdf')
    .requiredOption('--out <file>', 'the file to write (its folder is made if missing)')
    .action(async (options: FlowchartOptions, command: Command) => {
      if (Boolean(options.template) === (options.case !== undefined)) {
        throw new CliFailure({ 'zh-CN': '请指定 --template 或 --case 案号（二选一）', en: 'Give either --template or --case NUMBER' });
      }
      const format = formatOf(options.format);
      await withCore(command.optsWithGlobals<GlobalOptions>(), async (core) => {
        if (needsSetup(core)) throw new CoreError('NOT_SET_UP', 'The center is not set up');
        const actor = cliActor(core, 'reports.read');
        let file;
        if (options.template) {
          file = await exportTemplateFlowchart(core, actor, format);
        } else {
          const found = findCaseByNumber(core, options.case!);
          if (!found) throw new CliFailure({ 'zh-CN': `未找到案件：${options.case}`, en: `No case numbered ${options.case}` });
          file = await exportCaseFlowchart(core, actor, found.id, format);
        }
        const target = path.resolve(options.out);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
        // The path and nothing else, so a script can pick the file up.
        console.log(target);
      });
    });
}
