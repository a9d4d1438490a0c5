import { Command, Option } from 'commander';
import type { Task } from '../../contract/schemas/tasks';
import { findAgencyId } from '../../core/tasks/agency-lookup';
import { TASK_STATUS_LABEL } from '../../core/tasks/task-messages';
import { listTasks, type TaskListInput } from '../../core/tasks/task-read';
import { CliFailure, say, withCore, type GlobalOptions } from '../cli-context';

/**
 * `adr tasks list`: coordination tasks (协调事项) through the same service as the app's task list.
 * --json prints what tasks.list returns; without it, one line per task for a person.
 */

const FILTERS = ['open', 'overdue', 'answered', 'closed', 'all'] as const;

interface ListOptions {
  json?: boolean;
  filter: (typeof FILTERS)[number];
  agency?: string;
  limit: string;
}

function stateText(t: Task): string {
  if (t.overdue) return say({ 'zh-CN': `超期${-(t.daysLeft ?? 0)}个工作日`, en: `overdue ${-(t.daysLeft ?? 0)} working days` });
  if (t.state === 'due_soon') return say({ 'zh-CN': `${t.daysLeft}个工作日内到期`, en: `due in ${t.daysLeft} working days` });
  return say(TASK_STATUS_LABEL[t.status]);
}

export function registerTasks(program: Command): void {
  program
    .command('tasks')
    .description('coordination tasks (协调事项) sent to agencies')
    .command('list')
    .description('list coordination tasks, soonest due first')
    .option('--json', 'print the tasks and the total as JSON')
    .addOption(new Option('--filter <filter>', 'which tasks').choices([...FILTERS]).default('open'))
    .option('--agency <name>', 'tasks of one agency (name, short name or id)')
    .option('--limit <n>', 'most tasks to print (at most 2000)', '500')
    .action(async (options: ListOptions, command: Command) => {
      await withCore(command.optsWithGlobals<GlobalOptions>(), (core) => {
        const limit = Number(options.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 2000) {
          throw new CliFailure({ 'zh-CN': '--limit 须在 1 到 2000 之间', en: '--limit must be from 1 to 2000' });
        }
        const input: TaskListInput = { filter: options.filter, limit };
        if (options.agency) {
          const agencyId = findAgencyId(core, options.agency);
          if (!agencyId) throw new CliFailure({ 'zh-CN': `未找到单位：${options.agency}`, en: `No agency named ${options.agency}` });
          input.agencyId = agencyId;
        }
        const result = listTasks(core, input);
        if (options.json) {
          console.log(JSON.stringify(result, null, 2));
          return;
        }
        for (const t of result.items) {
          console.log([t.dueOn, stateText(t), t.agencyName, t.caseNumber ?? '-', t.request].join('  '));
        }
        console.log(say({ 'zh-CN': `共 ${result.total} 项，显示 ${result.items.length} 项`, en: `${result.total} tasks, ${result.items.length} shown` }));
      });
    });
}
