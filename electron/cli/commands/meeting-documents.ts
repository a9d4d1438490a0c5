import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Core } from '../../core/core';
import { writeFilesInto } from '../../core/documents/save-files';
import { CoreError } from '../../core/errors';
import { getMeetingDetail } from '../../core/meetings/meeting-detail';
import {
  logMeetingDocuments,
  meetingMinutesFiles,
  meetingPackFiles,
  type DocumentFormat,
} from '../../core/meetings/documents/meeting-document-files';
import { needsSetup } from '../../core/services/setup';
import { cliActor, CliFailure, withCore, type GlobalOptions } from '../cli-context';

/**
 * `adr meeting pack ID --out DIR` and `adr meeting minutes ID --out DIR`: the meeting pack
 * (会议材料) and the minutes (会议纪要) as DOCX and PDF, the same files the app makes, written
 * into DIR without replacing anything there (' (2)' as the app does) and audited the same way.
 * The PDF is printed by the machine's Chromium (--chromium, CHROMIUM_PATH, /usr/bin/chromium).
 */

function formatsOf(value: string | undefined): DocumentFormat[] {
  if (value === undefined) return ['docx', 'pdf'];
  if (value === 'docx' || value === 'pdf') return [value];
  throw new CliFailure({ 'zh-CN': `--format 须为 docx 或 pdf：${value}`, en: `--format must be docx or pdf: ${value}` });
}

type Build = typeof meetingPackFiles;

async function writeDocuments(command: Command, id: string, options: { out: string; format?: string }, build: Build, kind: 'meeting_pack' | 'meeting_minutes') {
  const formats = formatsOf(options.format);
  await withCore(command.optsWithGlobals<GlobalOptions>(), async (core: Core) => {
    if (needsSetup(core)) throw new CoreError('NOT_SET_UP', 'The center is not set up');
    const meeting = getMeetingDetail(core, id);
    const files = await build(core, meeting, formats);
    const dir = path.resolve(options.out);
    fs.mkdirSync(dir, { recursive: true });
    const paths = writeFilesInto(dir, files);
    logMeetingDocuments(core, cliActor(core, 'meetings.read'), kind, meeting, files, paths.map((p) => path.basename(p)));
    // One path per line and nothing else, so a script can pick the files up.
    for (const p of paths) console.log(p);
  });
}

/** Adds `pack` and `minutes` to the `adr meeting` command. */
export function registerMeetingDocuments(meeting: Command): void {
  meeting
    .command('pack')
    .description('write the meeting pack (会议材料: cover, agenda, sign-in sheet, case briefs, carried-over items, minutes template) as DOCX and PDF into DIR')
    .argument('<id>', 'meeting id')
    .requiredOption('--out <dir>', 'folder to write into (made if missing; existing files are kept)')
    .option('--format <format>', 'docx or pdf only (default: both)')
    .action(async (id: string, options: { out: string; format?: string }, command: Command) => {
      await writeDocuments(command, id, options, meetingPackFiles, 'meeting_pack');
    });
  meeting
    .command('minutes')
    .description('write the minutes (会议纪要, GB/T 9704 纪要格式) as DOCX and PDF into DIR')
    .argument('<id>', 'meeting id')
    .requiredOption('--out <dir>', 'folder to write into (made if missing; existing files are kept)')
    .option('--format <format>', 'docx or pdf only (default: both)')
    .action(async (id: string, options: { out: string; format?: string }, command: Command) => {
      await writeDocuments(command, id, options, meetingMinutesFiles, 'meeting_minutes');
    });
}
