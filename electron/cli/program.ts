import { Command } from 'commander';
import { readAppVersion } from '../core/app-version';
import { registerInit } from './commands/init';
import { registerDemo } from './commands/demo';
import { registerDoctor } from './commands/doctor';
import { registerBackup } from './commands/backup';
import { registerRestore } from './commands/restore';
import { registerCases } from './commands/cases';
import { registerTasks } from './commands/tasks';
import { registerAgencies } from './commands/agencies';
import { registerReport } from './commands/report';
import { registerMeeting } from './commands/meeting';
import { registerMeetings } from './commands/meetings';
import { registerFlowchart } from './commands/flowchart';
import { registerSummary } from './commands/summary';
import { registerCourt } from './commands/court';
import { registerAudit } from './commands/audit';
import { registerRetention } from './commands/retention';

/**
 * `adr`: the same core as the app, for automation (Windows Task Scheduler) and for the court's
 * side. Every command has --help; failures go to stderr with exit code 1.
 */
export function buildProgram(): Command {
  const program = new Command('adr')
    .description('ADR Desk 行政争议化解工作台 — command line')
    .version(readAppVersion(import.meta.dirname))
    .option('--data <dir>', "data folder (default: the app's own, or ADR_DATA_DIR)")
    .option('--chromium <path>', 'Chromium for PDF output (default: CHROMIUM_PATH, then /usr/bin/chromium)')
    .option('--operator <name>', 'the operator running the command; once sign-in is on, its password comes from ADR_PASSWORD or is asked for')
    .showHelpAfterError();
  registerInit(program);
  registerDemo(program);
  registerDoctor(program);
  registerBackup(program);
  registerRestore(program);
  registerCases(program);
  registerTasks(program);
  registerAgencies(program);
  registerReport(program);
  registerMeeting(program);
  registerMeetings(program); // after the other meetings commands: it adds `list` to their `meetings` group
  registerFlowchart(program);
  registerSummary(program);
  registerCourt(program);
  registerAudit(program);
  registerRetention(program);
  return program;
}

