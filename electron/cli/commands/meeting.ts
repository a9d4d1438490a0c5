import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { ExportFile } from '../../contract/schemas/files';
import { isIsoDate } from '../../core/clocks';
import type { Core } from '../../core/core';
import { CoreError } from '../../core/errors';
import { exportMeetingIcs, type IcsInput } from '../../core/meetings/ics/export-ics';
import { needsSetup } from '../../core/services/setup';
import { cliActor, CliFailure, withCore, type GlobalOptions } from '../cli-context';
import { meetingsGroup } from './meetings';
import { registerMeetingDocuments } from './meeting-documents';

/**
 * `adr meeting ics ID --out FILE` and `adr meetings ics --from DATE --to DATE --out FILE`: the
 * invitation of one meeting, or the calendar of a date range, as the app exports them (and audited
 * the same way), for a secretary's script or a mail merge.
 */

/**
 * --out names the file; a folder (one that exists, or any path ending in a slash) gets the file
 * under the app's own name.
 */
function writeExport(out: string, file: ExportFile): string {
  let target = path.resolve(out);
  const folder = /[\\/]$/.test(out) || (fs.existsSync(target) && fs.statSync(target).isDirectory());
  if (folder) target = path.join(target, file.fileName);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
  return target;
}

async function exportIcs(command: Command, out: string, input: IcsInput): Promise<void> {
  await withCore(command.optsWithGlobals<GlobalOptions>(), (core: Core) => {
    if (needsSetup(core)) throw new CoreError('NOT_SET_UP', 'The center is not set up');
    const file = exportMeetingIcs(core, cliActor(core, 'meetings.read'), input);
    // The path and nothing else, so a script can pick the file up.
    console.log(writeExport(out, file));
  });
}

function date(value: string, option: string): string {
  if (!isIsoDate(value)) {
    throw new CliFailure({ 'zh-CN': `${option} 须为日期（YYYY-MM-DD）：${value}`, en: `${option} must be a date (YYYY-MM-DD): ${value}` });
  }
  return value;
}

export function registerMeeting(program: Command): void {
  const meeting = program.command('meeting').description('one meeting');
  meeting
    .command('ics')
    .description('write the meeting invitation (iCalendar, RFC 5545) to FILE: REQUEST, or CANCEL once cancelled')
    .argument('<id>', 'meeting id')
    .requiredOption('--out <file>', 'the .ics file to write (a folder: the file is named after the meeting)')
    .action(async (id: string, options: { out: string }, command: Command) => {
      await exportIcs(command, options.out, { id });
    });
  registerMeetingDocuments(meeting);

  meetingsGroup(program)
    .command('ics')
    .description('write every announced meeting (not drafts) overlapping the dates to one calendar FILE (METHOD:PUBLISH)')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD (China time)')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD, included')
    .requiredOption('--out <file>', 'the .ics file to write (a folder: the file gets its default name)')
    .action(async (options: { from: string; to: string; out: string }, command: Command) => {
      const from = date(options.from, '--from');
      const to = date(options.to, '--to');
      if (from > to) throw new CliFailure({ 'zh-CN': '--to 不能早于 --from', en: '--to cannot be before --from' });
      await exportIcs(command, options.out, { from, to });
    });
}
