import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { Input, Output } from '../../contract/channels';
import type { ChannelName } from '../../contract/names';
import type { Localized } from '../../contract/result';
import { AGENCY_KINDS, type AgencyImportPreview, type AgencyKind } from '../../contract/schemas/agencies';
import { MAX_IMPORT_BYTES } from '../../contract/schemas/files';
import { KIND_LABEL } from '../../core/agencies/agency-labels';
import type { Core } from '../../core/core';
import { dispatch } from '../../core/handlers/registry';
import { cliSession, CliFailure, say, withCore, type GlobalOptions } from '../cli-context';

/**
 * `adr agencies list`, `adr agencies import FILE`: the agency directory from the command line.
 * Both go through dispatch(), like the app: the same validation, permission check and audit actor
 * (the operator first-run setup created), so a scripted import is recorded as the app's would be.
 */

/** Runs a channel as the app would; a refusal becomes a CliFailure with its per-field reasons. */
async function callChannel<C extends ChannelName>(core: Core, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await dispatch(core, cliSession(core), channel, input);
  if (result.ok) return result.value as Output<C>;
  const details = (result.error.fields ?? []).map((f) => ({ 'zh-CN': `  ${f.path}: ${f.message['zh-CN']}`, en: `  ${f.path}: ${f.message.en}` }));
  throw new CliFailure({
    'zh-CN': [result.error.message['zh-CN'], ...details.map((d) => d['zh-CN'])].join('\n'),
    en: [result.error.message.en, ...details.map((d) => d.en)].join('\n'),
  });
}

/** Columns line up in a terminal: a CJK character takes two cells. */
function cellWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/u.test(ch) ? 2 : 1;
  return width;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => cellWidth(r[i] ?? ''))));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - cellWidth(c)))).join('  ').trimEnd());
}

interface ListOptions {
  json?: boolean;
  kind?: AgencyKind;
  query?: string;
  all?: boolean;
}

function registerList(agencies: Command): void {
  agencies
    .command('list')
    .description('the directory with contacts, cases, open and overdue tasks per agency')
    .option('--json', 'print what the app reads (agencies.list) as JSON')
    .addOption(new Option('--kind <kind>', 'only agencies of this kind').choices([...AGENCY_KINDS]))
    .option('--query <text>', 'name or short name contains')
    .option('--all', 'include inactive agencies')
    .action(async (options: ListOptions, command: Command) => {
      await withCore(command.optsWithGlobals<GlobalOptions>(), async (core) => {
        const rows = await callChannel(core, 'agencies.list', {
          ...(options.kind ? { kind: options.kind } : {}),
          ...(options.query ? { query: options.query } : {}),
          ...(options.all ? { includeInactive: true } : {}),
        });
        if (options.json) {
          console.log(JSON.stringify(rows, null, 2));
          return;
        }
        const label = (zh: string, en: string) => say({ 'zh-CN': zh, en });
        const header = [label('单位名称', 'Name'), label('类型', 'Kind'), label('上级单位', 'Parent'), label('联系人', 'Contacts'), label('案件', 'Cases'), label('待办事项', 'Open tasks'), label('超期', 'Overdue')];
        const body = rows.map((r) => [
          r.active ? r.name : `${r.name}${label('（停用）', ' (inactive)')}`,
          say(KIND_LABEL[r.kind]),
          r.parentName ?? '-',
          String(r.contacts),
          String(r.cases),
          String(r.openTasks),
          String(r.overdueTasks),
        ]);
        for (const line of table([header, ...body])) console.log(line);
        console.log(label(`共 ${rows.length} 个单位`, `${rows.length} agencies`));
      });
    });
}

function printPreview(fileName: string, p: AgencyImportPreview): void {
  const l = (zh: string, en: string) => say({ 'zh-CN': zh, en });
  const how = p.format === 'csv' ? `CSV, ${p.encoding ?? '?'}` : 'XLSX';
  console.log(`${l('文件', 'File')}: ${fileName} (${how})`);
  for (const e of p.fileErrors) console.log(`${l('文件问题', 'File problem')}: ${say(e)}`);
  const contacts = p.rows.filter((r) => r.contact).length;
  if (p.rows.length > 0) {
    console.log(l(`可导入 ${p.rows.length} 个单位（含联系人 ${contacts} 名）：`, `${p.rows.length} agencies can be imported (${contacts} contacts):`));
    for (const r of p.rows) {
      const parts = [
        l(`第 ${r.row} 行`, `row ${r.row}`),
        r.name,
        say(KIND_LABEL[r.kind]),
        r.parentName ? `${l('上级', 'parent')}: ${r.parentName}` : '',
        r.contact ? `${l('联系人', 'contact')}: ${r.contact.name}` : '',
        r.active ? '' : l('停用', 'inactive'),
      ];
      console.log(`  ${parts.filter(Boolean).join('  ')}`);
    }
  }
  if (p.rejected.length > 0) {
    console.log(l(`被拒绝 ${p.rejected.length} 行：`, `${p.rejected.length} rows rejected:`));
    for (const r of p.rejected) console.log(`  ${l(`第 ${r.row} 行`, `row ${r.row}`)}: ${r.reasons.map((x: Localized) => say(x)).join(l('；', '; '))}`);
  }
}

function readUpload(file: string): { fileName: string; contentBase64: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliFailure({ 'zh-CN': `无法读取文件 ${file}：${reason}`, en: `Cannot read ${file}: ${reason}` });
  }
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new CliFailure({ 'zh-CN': `文件超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB：${file}`, en: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: ${file}` });
  }
  return { fileName: path.basename(file), contentBase64: bytes.toString('base64') };
}

function registerImport(agencies: Command): void {
  agencies
    .command('import <file>')
    .description('import agencies (and one contact each) from an .xlsx or .csv file; all rows or none')
    .option('--dry-run', 'check the file and print the preview; import nothing')
    .option('--json', 'print the preview (and the counts imported) as JSON')
    .action(async (file: string, options: { dryRun?: boolean; json?: boolean }, command: Command) => {
      const upload = readUpload(file);
      await withCore(command.optsWithGlobals<GlobalOptions>(), async (core) => {
        const preview = await callChannel(core, 'agencies.importPreview', upload);
        const imported = preview.importable && !options.dryRun ? await callChannel(core, 'agencies.import', upload) : null;
        if (options.json) console.log(JSON.stringify({ preview, imported }, null, 2));
        else printPreview(upload.fileName, preview);
        if (!preview.importable) {
          throw new CliFailure({
            'zh-CN': '未导入任何数据：文件有问题或有被拒绝的行，请修改后重新导入。',
            en: 'Nothing was imported: the file has problems or rejected rows; fix them and import again.',
          });
        }
        if (options.json) return;
        if (imported) {
          console.log(say({ 'zh-CN': `已导入 ${imported.agencies} 个单位、${imported.contacts} 名联系人。`, en: `Imported ${imported.agencies} agencies and ${imported.contacts} contacts.` }));
        } else {
          console.log(say({ 'zh-CN': '试运行：文件可以导入，未写入任何数据。', en: 'Dry run: the file can be imported; nothing was written.' }));
        }
      });
    });
}

export function registerAgencies(program: Command): void {
  const agencies = program.command('agencies').description('the agency directory');
  registerList(agencies);
  registerImport(agencies);
}
