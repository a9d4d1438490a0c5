import type { Command } from 'commander';
import { isIsoDate } from '../../core/clocks';
import { addDays } from '../../core/dates';
import { listMeetings } from '../../core/meetings/meeting-list';
import { MEETING_KIND_LABEL, MEETING_STATUS_LABEL } from '../../core/meetings/meeting-messages';
import { spanLabel } from '../../core/meetings/meeting-time';
import { CliFailure, say, withCore, type GlobalOptions } from '../cli-context';

/**
 * `adr meetings list`: the calendar from the command line, through the same service as the app's
 * calendar (meetings.list). Dates are China dates, both included; --json prints what the channel
 * returns, without it one line per meeting for a person.
 */

/** Days shown when --to is not given. */
const DEFAULT_DAYS = 30;

/**
 * The `adr meetings` group. The invitation commands (meeting.ts) hang `meetings ics` on it too, and
 * commander refuses a second command of the same name, so whoever comes first creates it.
 */
export function meetingsGroup(program: Command): Command {
  return program.commands.find((c) => c.name() === 'meetings') ?? program.command('meetings').description('meetings');
}

function date(value: string, option: string): string {
  if (!isIsoDate(value)) {
    throw new CliFailure({ 'zh-CN': `${option} 须为日期（YYYY-MM-DD）：${value}`, en: `${option} must be a date (YYYY-MM-DD): ${value}` });
  }
  return value;
}

/** The China day's midnight as an instant with its offset. */
const chinaMidnight = (day: string) => `${day}T00:00:00+08:00`;

interface ListOptions {
  json?: boolean;
  from?: string;
  to?: string;
  includeCancelled?: boolean;
}

export function registerMeetings(program: Command): void {
  meetingsGroup(program)
    .command('list')
    .description(`meetings overlapping the dates, by start time (default: today and the next ${DEFAULT_DAYS} days)`)
    .option('--json', 'print the meetings as JSON (as the app’s calendar reads them)')
    .option('--from <date>', 'first day, YYYY-MM-DD (China time; default today)')
    .option('--to <date>', `last day, YYYY-MM-DD, included (default --from + ${DEFAULT_DAYS} days)`)
    .option('--include-cancelled', 'list cancelled meetings too')
    .action(async (options: ListOptions, command: Command) => {
      await withCore(command.optsWithGlobals<GlobalOptions>(), (core) => {
        const from = options.from ? date(options.from, '--from') : core.today();
        const to = options.to ? date(options.to, '--to') : addDays(from, DEFAULT_DAYS);
        if (to < from) throw new CliFailure({ 'zh-CN': '--to 不能早于 --from', en: '--to cannot be before --from' });
        const meetings = listMeetings(core, {
          from: chinaMidnight(from),
          to: chinaMidnight(addDays(to, 1)),
          includeCancelled: options.includeCancelled === true,
        });
        if (options.json) {
          console.log(JSON.stringify(meetings, null, 2));
          return;
        }
        const year = Number(from.slice(0, 4));
        for (const m of meetings) {
          const where = m.roomName ?? m.place ?? '';
          console.log([say(spanLabel(m.startsAt, m.endsAt, year)), `[${say(MEETING_STATUS_LABEL[m.status])}]`, m.title, say(MEETING_KIND_LABEL[m.kind]), where].filter(Boolean).join('  '));
        }
        console.log(say({ 'zh-CN': `${from} 至 ${to} 共 ${meetings.length} 个会议`, en: `${meetings.length} meetings from ${from} to ${to}` }));
      });
    });
}
