import { Command, Option } from 'commander';
import { validationError } from '../../contract/errors';
import { CASE_SOURCES, type CaseDetail } from '../../contract/schemas/cases';
import { CaseListFiltersSchema, type CaseListFilters } from '../../contract/schemas/case-list';
import { STAGES } from '../../contract/schemas/common';
import { findCaseByNumber, getCaseDetail } from '../../core/cases/case-detail';
import { listCases } from '../../core/cases/case-list';
import { listCategories } from '../../core/cases/categories';
import { STAGE_LABEL } from '../../core/cases/messages';
import { OUTCOME_LABEL } from '../../core/cases/stage-machine';
import type { Core } from '../../core/core';
import { searchCases } from '../../core/search/search';
import { CliFailure, say, withCore, type GlobalOptions } from '../cli-context';

/**
 * `adr cases list`, `adr case show NUMBER`, `adr search TEXT`: the case register from the command
 * line, through the same services as the app (list filters, case page, full-text search). --json
 * prints what the app's channels return; without it, lines for a person. ID numbers are masked
 * unless --reveal-ids is given.
 */

interface ListOptions {
  json?: boolean;
  stage?: string[];
  status?: string;
  category?: string;
  source?: string[];
  agency?: string;
  overdue?: boolean;
  from?: string;
  to?: string;
  limit: string;
  offset: string;
}

function failFromZod(error: Parameters<typeof validationError>[0]): never {
  const app = validationError(error);
  throw new CliFailure({
    'zh-CN': app.fields!.map((f) => `${f.path}: ${f.message['zh-CN']}`).join('\n'),
    en: app.fields!.map((f) => `${f.path}: ${f.message.en}`).join('\n'),
  });
}

function count(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CliFailure({ 'zh-CN': `${name} 须为非负整数`, en: `${name} must be a whole number` });
  return n;
}

/** --category takes the category's name (as shown) or its id. */
function categoryId(core: Core, value: string): string {
  const found = listCategories(core).find((c) => c.id === value || c.name === value);
  if (!found) throw new CliFailure({ 'zh-CN': `未知的争议类型：${value}`, en: `Unknown dispute category: ${value}` });
  return found.id;
}

function stageText(stage: keyof typeof STAGE_LABEL): string {
  return say(STAGE_LABEL[stage]);
}

function registerList(cases: Command): void {
  cases
    .command('list')
    .description('list cases, newest received first (filters combine)')
    .option('--json', 'print the rows and the total as JSON')
    .addOption(new Option('--stage <stage...>', 'stage(s)').choices([...STAGES]))
    .addOption(new Option('--status <status>', 'open or closed').choices(['open', 'closed']))
    .option('--category <name>', 'dispute category, by name or id')
    .addOption(new Option('--source <source...>', 'case source(s)').choices([...CASE_SOURCES]))
    .option('--agency <id>', 'cases an agency takes part in (agency id)')
    .option('--overdue', 'only cases with an overdue clock')
    .option('--from <date>', 'received on or after (YYYY-MM-DD)')
    .option('--to <date>', 'received on or before (YYYY-MM-DD)')
    .option('--limit <n>', 'rows per page (at most 200)', '50')
    .option('--offset <n>', 'rows to skip', '0')
    .action(async (options: ListOptions, command: Command) => {
      await withCore(command.optsWithGlobals<GlobalOptions>(), (core) => {
        const raw: CaseListFilters = {
          ...(options.stage ? { stages: options.stage as CaseListFilters['stages'] } : {}),
          ...(options.status ? { status: options.status as 'open' | 'closed' } : {}),
          ...(options.category ? { categoryIds: [categoryId(core, options.category)] } : {}),
          ...(options.source ? { sources: options.source as CaseListFilters['sources'] } : {}),
          ...(options.agency ? { agencyId: options.agency } : {}),
          ...(options.overdue ? { overdue: true } : {}),
          ...(options.from ? { receivedFrom: options.from } : {}),
          ...(options.to ? { receivedTo: options.to } : {}),
        };
        const filters = CaseListFiltersSchema.safeParse(raw);
        if (!filters.success) failFromZod(filters.error);
        const limit = count(options.limit, '--limit');
        if (limit < 1 || limit > 200) throw new CliFailure({ 'zh-CN': '--limit 须在 1 到 200 之间', en: '--limit must be from 1 to 200' });
        const result = listCases(core, { filters: filters.data, page: { offset: count(options.offset, '--offset'), limit } });
        if (options.json) {
          console.log(JSON.stringify(result, null, 2));
          return;
        }
        for (const r of result.rows) {
          const due = r.nextDueOn ? `${say({ 'zh-CN': '期限', en: 'due' })} ${r.nextDueOn}${r.overdue ? say({ 'zh-CN': '（已超期）', en: ' (overdue)' }) : ''}` : '';
          console.log([r.caseNumber, stageText(r.stage), r.receivedOn, r.title, r.respondent ?? '', due].filter(Boolean).join('  '));
        }
        console.log(say({ 'zh-CN': `共 ${result.total} 件，显示 ${result.rows.length} 件`, en: `${result.total} cases, ${result.rows.length} shown` }));
      });
    });
}

const OPEN_STATES = new Set(['open', 'due_soon', 'overdue', 'suspended']);

function printCase(d: CaseDetail): void {
  const label = (zh: string, en: string) => say({ 'zh-CN': zh, en });
  const lines = [
    `${d.caseNumber}  ${d.title}`,
    `${label('阶段', 'Stage')}: ${stageText(d.stage)}${d.outcome ? `（${say(OUTCOME_LABEL[d.outcome])}）` : ''}`,
    `${label('法院案号', 'Court number')}: ${d.courtNumber ?? '-'}`,
    `${label('争议类型', 'Category')}: ${d.category?.name ?? '-'}`,
    `${label('收案日期', 'Received')}: ${d.receivedOn}   ${label('受理日期', 'Accepted')}: ${d.acceptedOn ?? '-'}   ${label('结案日期', 'Closed')}: ${d.closedOn ?? '-'}`,
    `${label('协调员', 'Coordinator')}: ${d.coordinator?.name ?? '-'}`,
    `${label('争议焦点', 'Dispute focus')}: ${d.disputeFocus ?? '-'}`,
    '',
    `${label('当事人', 'Parties')}:`,
    ...d.parties.map((p) => `  ${p.name}  ${p.role}  ${p.idNumber ?? ''}  ${p.phone ?? ''}`.trimEnd()),
    `${label('相关单位', 'Agencies')}:`,
    ...d.agencies.map((a) => `  ${a.name}  ${a.role}`),
    `${label('期限', 'Open clocks')}:`,
    ...d.clocks
      .filter((c) => OPEN_STATES.has(c.state))
      .map((c) => `  ${c.kind}${c.stepName ? `（${c.stepName}）` : ''}  ${label('届满', 'due')} ${c.dueOn}  ${label(`剩余 ${c.daysLeft} 天`, `${c.daysLeft} days left`)}  ${c.state}`),
    `${label('办理记录', 'Activities')}:`,
    ...d.activities.map((a) => `  ${a.occurredAt}  [${stageText(a.stage)}] ${a.stepName ?? ''}  ${a.description}`),
  ];
  console.log(lines.join('\n'));
}

function registerShow(caseCommand: Command): void {
  caseCommand
    .command('show <number>')
    .description('one case with its parties, agencies, open clocks and activities, by case number')
    .option('--json', 'print the case as the app reads it (cases.get) as JSON')
    .option('--reveal-ids', 'print full ID numbers instead of masked ones')
    .action(async (number: string, options: { json?: boolean; revealIds?: boolean }, command: Command) => {
      await withCore(command.optsWithGlobals<GlobalOptions>(), (core) => {
        const found = findCaseByNumber(core, number);
        if (!found) throw new CliFailure({ 'zh-CN': `未找到案件：${number}`, en: `No case numbered ${number}` });
        const detail = getCaseDetail(core, found.id, { revealIds: options.revealIds === true });
        if (options.json) console.log(JSON.stringify(detail, null, 2));
        else printCase(detail);
      });
    });
}

function registerSearch(program: Command): void {
  program
    .command('search <text>')
    .description('full-text search over case numbers, court numbers, parties, dispute focus, activities and notes')
    .option('--json', 'print the hits as JSON')
    .option('--limit <n>', 'most hits to return (at most 200)', '20')
    .action(async (text: string, options: { json?: boolean; limit: string }, command: Command) => {
      await withCore(command.optsWithGlobals<GlobalOptions>(), (core) => {
        const limit = count(options.limit, '--limit');
        const hits = searchCases(core, text, { limit: Math.min(200, Math.max(1, limit)) });
        if (options.json) {
          console.log(JSON.stringify(hits, null, 2));
          return;
        }
        for (const h of hits) {
          const snippet = h.snippet.map((s) => (s.hit ? `【${s.text}】` : s.text)).join('');
          console.log(`${h.caseNumber}  ${h.title}\n    ${h.field}: ${snippet}`);
        }
        console.log(say({ 'zh-CN': `找到 ${hits.length} 件`, en: `${hits.length} found` }));
      });
    });
}

export function registerCases(program: Command): void {
  registerList(program.command('cases').description('the case register'));
  registerShow(program.command('case').description('one case'));
  registerSearch(program);
}
