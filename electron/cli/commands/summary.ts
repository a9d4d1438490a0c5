import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { ExportFile } from '../../contract/schemas/files';
import { SUMMARY_FORMATS, type SummaryFormat } from '../../contract/schemas/summaries';
import { findCaseByNumber } from '../../core/cases/case-detail';
import type { Core } from '../../core/core';
import { CoreError } from '../../core/errors';
import { needsSetup } from '../../core/services/setup';
import { exportCaseSummary } from '../../core/summaries/case/summary-files';
import { exportTypicalCase } from '../../core/summaries/typical/typical-files';
import { cliActor, CliFailure, withCore, type GlobalOptions } from '../cli-context';
import { periodSummaryCli } from './summary-period';

/**
 * `adr summary --case NUMBER --format docx|pdf --out FILE` (the case outcome summary, 化解结果摘要)
 * and `adr typical NUMBER --out FILE` (a typical case's anonymised publicity version, DOCX or PDF
 * by the file's extension): the files the app exports, audited the same way. `adr summary
 * --period …` is the period summary (summary-period.ts). The PDF is printed by the machine's
 * Chromium (--chromium, CHROMIUM_PATH, /usr/bin/chromium).
 */

interface SummaryOptions {
  case?: string;
  period?: string;
  format?: string;
  out: string;
}

/** --format, else the extension of --out. */
function formatOf(out: string, format: string | undefined): SummaryFormat {
  const value = (format ?? path.extname(out).slice(1)).toLowerCase();
  if ((SUMMARY_FORMATS as readonly string[]).includes(value)) return value as SummaryFormat;
  throw new CliFailure(
    format === undefined
      ? { 'zh-CN': `无法从文件名判断格式：${out}（应以 .docx 或 .pdf 结尾）`, en: `Cannot tell the format from ${out} (it should end in .docx or .pdf)` }
      : { 'zh-CN': `--format 须为 docx 或 pdf：${format}`, en: `--format must be docx or pdf: ${format}` },
  );
}

function caseIdOf(core: Core, caseNumber: string): string {
  const found = findCaseByNumber(core, caseNumber);
  if (!found) throw new CliFailure({ 'zh-CN': `未找到案号为 ${caseNumber} 的案件`, en: `No case numbered ${caseNumber}` });
  return found.id;
}

/** Writes the file at --out (its folder made if missing) and prints the path, for a script to pick up. */
function writeOut(out: string, file: ExportFile): void {
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
  console.log(target);
}

type Export = typeof exportCaseSummary;

async function exportCase(command: Command, caseNumber: string, format: SummaryFormat, out: string, build: Export): Promise<void> {
  await withCore(command.optsWithGlobals<GlobalOptions>(), async (core) => {
    if (needsSetup(core)) throw new CoreError('NOT_SET_UP', 'The center is not set up');
    writeOut(out, await build(core, cliActor(core, 'reports.read'), caseIdOf(core, caseNumber), format));
  });
}

export function registerSummary(program: Command): void {
  program
    .command('summary')
    .description('write an outcome summary: of one case (化解结果摘要, DOCX or PDF) or of a period')
    .option('--case <number>', 'the case number as shown, e.g. 行化〔2026〕3号')
    .option('--period <period>', 'a month (2026-09), a quarter (2026Q3) or a year (2026)')
    .option('--format <format>', 'docx or pdf (xlsx for a period); default: the extension of --out')
    .requiredOption('--out <file>', 'the file to write (its folder is made if missing)')
    .action(async (options: SummaryOptions, command: Command) => {
      if (Boolean(options.case) === Boolean(options.period)) {
        throw new CliFailure({ 'zh-CN': '请指定 --case 或 --period 之一', en: 'Give either --case or --period' });
      }
      if (options.period) return periodSummaryCli(command, { period: options.period, format: options.format, out: options.out });
      await exportCase(command, options.case!, formatOf(options.out, options.format), options.out, exportCaseSummary);
    });
  program
    .command('typical')
    .description('write the anonymised publicity version of a typical case (典型案例); DOCX or PDF by the extension of FILE')
    .argument('<number>', 'the case number as shown, e.g. 行化〔2026〕3号')
    .requiredOption('--out <file>', 'the .docx or .pdf file to write')
    .action(async (caseNumber: string, options: { out: string }, command: Command) => {
      await exportCase(command, caseNumber, formatOf(options.out, undefined), options.out, exportTypicalCase);
    });
}
