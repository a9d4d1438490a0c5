import type { Command } from 'commander';
import { CliFailure } from '../cli-context';

/**
 * `adr summary --period …`: the period summary (issue 6, item 4). A stub until the period
 * summary lands; its helper replaces this file, keeping the signature: `command` is the summary
 * command (for `optsWithGlobals`), `options` what it parsed.
 */
export interface PeriodSummaryCliOptions {
  period: string;
  format?: string | undefined;
  out: string;
}

export function periodSummaryCli(_command: Command, _options: PeriodSummaryCliOptions): Promise<void> {
  return Promise.reject(
    new CliFailure({ 'zh-CN': '期间汇总（--period）暂不可用', en: 'The period summary (--period) is not yet available' }),
  );
}
