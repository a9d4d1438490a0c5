import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { PERIOD_SUMMARY_FORMATS, parsePeriod, type PeriodSummaryFormat } from '../../contract/schemas/period-summary';
import { CoreError } from '../../core/errors';
import { needsSetup } from '../../core/services/setup';
import { exportPeriodSummary } from '../../core/summaries/period/summary-export';
import { cliActor, CliFailure, withCore, type GlobalOptions } from '../cli-context';

/**
 * `adr summary --period 2026Q3|2026-09|2026|2026-07-01..2026-09-30 [--format docx|pdf|xlsx] --out
 * FILE`: the period summary the app exports (化解工作情况), the same file and the same audit entry.
 * The format is --format, else the extension of FILE. The PDF is printed by the machine's
 * Chromium (--chromium, CHROMIUM_PATH, /usr/bin/chromium); without one it fails before any work.
 */
export interface PeriodSummaryCliOptions {
  period: string;
  format?: string | undefined;
  out: string;
}

function formatOf(out: string, format: string | undefined): PeriodSummaryFormat {
  const value = (format ?? path.extname(out).slice(1)).toLowerCase();
  if ((PERIOD_SUMMARY_FORMATS as readonly string[]).includes(value)) return value as PeriodSummaryFormat;
  throw new CliFailure(
    format === undefined
      ? { 'zh-CN': `无法从文件名判断格式：${out}（应以 .docx、.pdf 或 .xlsx 结尾）`, en: `Cannot tell the format from ${out} (it should end in .docx, .pdf or .xlsx)` }
      : { 'zh-CN': `--format 须为 docx、pdf 或 xlsx：${format}`, en: `--format must be docx, pdf or xlsx: ${format}` },
  );
}

export async function periodSummaryCli(command: Command, options: PeriodSummaryCliOptions): Promise<void> {
  // Checked before the database is opened: a typo should not wait for anything.
  const period = parsePeriod(options.period);
  if (!period) {
    throw new CliFailure({
      'zh-CN': `期间格式不正确：${options.period}（应为 2026、2026Q3、2026-09 或 2026-07-01..2026-09-30）`,
      en: `Not a period: ${options.period} (expected 2026, 2026Q3, 2026-09 or 2026-07-01..2026-09-30)`,
    });
  }
  const format = formatOf(options.out, options.format);
  await withCore(command.optsWithGlobals<GlobalOptions>(), async (core) => {
    if (needsSetup(core)) throw new CoreError('NOT_SET_UP', 'The center is not set up');
    const file = await exportPeriodSummary(core, cliActor(core, 'reports.read'), period.key, format);
    const target = path.resolve(options.out);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
    // The path and nothing else, so a script can pick the file up.
    console.log(target);
  });
}
