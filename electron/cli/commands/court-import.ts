import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { MAX_COURT_IMPORT_BYTES, type CourtImportPreview, type CourtImportResult, type CourtUpload } from '../../contract/schemas/court';
import { applyCourtImport, previewCourtImport } from '../../core/court/import/court-import';
import { CliFailure, say } from '../cli-context';
import { l, terminalProgress, withCenter } from './court-common';

/**
 * `adr court import FILE [--dry-run] [--json]`: a referral file (JSON, CSV or XLSX) or a receipt
 * (JSON) from the court. As in the app: the whole file is checked first and the preview printed;
 * a file with any problem imports nothing (exit code 1); otherwise it is applied in one transaction.
 */

function readUpload(file: string): CourtUpload {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliFailure({ 'zh-CN': `无法读取文件 ${file}：${reason}`, en: `Cannot read ${file}: ${reason}` });
  }
  const mb = MAX_COURT_IMPORT_BYTES / 1024 / 1024;
  if (bytes.byteLength > MAX_COURT_IMPORT_BYTES) {
    throw new CliFailure({ 'zh-CN': `文件超过 ${mb} MB：${file}`, en: `The file is larger than ${mb} MB: ${file}` });
  }
  if (bytes.byteLength === 0) throw new CliFailure({ 'zh-CN': `文件为空：${file}`, en: `The file is empty: ${file}` });
  return { fileName: path.basename(file), contentBase64: bytes.toString('base64') };
}

function printReferrals(p: Extract<CourtImportPreview, { kind: 'referrals' }>): void {
  const create = p.rows.filter((r) => r.action === 'create');
  const existing = p.rows.filter((r) => r.action === 'existing');
  console.log(l(`委派/委托案件 ${p.rows.length} 件：新建 ${create.length} 件，已存在 ${existing.length} 件`, `${p.rows.length} referrals: ${create.length} to create, ${existing.length} already here`));
  for (const r of create) {
    console.log(`  ${l(`第 ${r.row} 行`, `row ${r.row}`)}  ${l('新建', 'create')}  ${r.courtNumber}  ${r.title}  ${l('被申请单位', 'respondent')}: ${r.respondentAgency}`);
  }
  for (const r of existing) {
    console.log(`  ${l(`第 ${r.row} 行`, `row ${r.row}`)}  ${l('已存在', 'exists')}  ${r.courtNumber}${r.existingCaseNumber ? ` → ${r.existingCaseNumber}` : ''}`);
  }
}

function printReceipt(p: Extract<CourtImportPreview, { kind: 'receipt' }>): void {
  const batch = p.batchNumber === null ? '-' : String(p.batchNumber);
  console.log(l(`回执：批次 ${batch}，法院签收日期 ${p.receivedOn ?? '-'}`, `Receipt: batch ${batch}, received by the court on ${p.receivedOn ?? '-'}`));
  if (p.batchAlreadyAcknowledged) console.log(l('  该批次此前已确认。', '  The batch was acknowledged before.'));
  const attach = p.filings.filter((f) => f.action === 'attach');
  console.log(l(`法院立案号 ${p.filings.length} 个：新附加 ${attach.length} 个，已有 ${p.filings.length - attach.length} 个`, `${p.filings.length} court filing numbers: ${attach.length} to attach, ${p.filings.length - attach.length} already attached`));
  for (const f of attach) console.log(`  ${l(`第 ${f.row} 行`, `row ${f.row}`)}  ${f.caseNumber} → ${f.courtFilingNumber}${f.filedOn ? ` (${f.filedOn})` : ''}`);
}

export function printCourtPreview(p: CourtImportPreview): void {
  const kind = p.kind === 'referrals' ? l(`委派/委托案件（${p.format.toUpperCase()}）`, `referrals (${p.format.toUpperCase()})`) : l('法院回执', 'court receipt');
  console.log(`${l('文件', 'File')}: ${p.fileName}  ${kind}`);
  console.log(`SHA-256: ${p.sha256}`);
  if (p.alreadyImportedAt) console.log(l(`该文件已于 ${p.alreadyImportedAt} 导入过，再次导入不会改变任何数据。`, `This file was imported at ${p.alreadyImportedAt}; importing it again changes nothing.`));
  for (const e of p.fileErrors) console.log(`${l('文件问题', 'File problem')}: ${say(e)}`);
  if (p.kind === 'referrals') printReferrals(p);
  else printReceipt(p);
  if (p.rejected.length > 0) {
    console.log(l(`被拒绝 ${p.rejected.length} 行：`, `${p.rejected.length} rows rejected:`));
    for (const r of p.rejected) console.log(`  ${l(`第 ${r.row} 行`, `row ${r.row}`)}: ${r.reasons.map((x) => say(x)).join(l('；', '; '))}`);
  }
}

function printResult(r: CourtImportResult): void {
  if (r.noChange) {
    console.log(l('未改变任何数据（此前已导入相同内容）。', 'Nothing changed (the same content was imported before).'));
    return;
  }
  if (r.kind === 'referrals') {
    console.log(l(`已新建 ${r.created} 件案件，${r.unchanged} 件已存在未改动。`, `Created ${r.created} cases; ${r.unchanged} were already here and left unchanged.`));
  } else {
    const ack = r.acknowledgedBatch === null ? '' : l(`批次 ${r.acknowledgedBatch} 已确认；`, `batch ${r.acknowledgedBatch} acknowledged; `);
    console.log(l(`${ack}附加法院立案号 ${r.attached} 个，${r.unchanged} 个已有。`, `${ack}attached ${r.attached} court filing numbers; ${r.unchanged} were already attached.`));
  }
}

export function registerCourtImport(court: Command): void {
  court
    .command('import <file>')
    .description('import a referral file (.json, .csv, .xlsx) or a receipt (.json) from the court; all or nothing')
    .option('--dry-run', 'check the file and print the preview; import nothing')
    .option('--json', 'print the preview (and the result) as JSON')
    .action(async (file: string, options: { dryRun?: boolean; json?: boolean }, command: Command) => {
      const upload = readUpload(file);
      await withCenter(command, async (core, actor) => {
        const preview = await previewCourtImport(core, upload);
        const result = preview.importable && !options.dryRun ? await applyCourtImport(core, actor, upload, terminalProgress()) : null;
        if (options.json) console.log(JSON.stringify({ preview, result }, null, 2));
        else printCourtPreview(preview);
        if (!preview.importable) {
          throw new CliFailure({
            'zh-CN': '未导入任何数据：文件有问题或有被拒绝的行，请修改后重新导入。',
            en: 'Nothing was imported: the file has problems or rejected rows; fix them and import again.',
          });
        }
        if (options.json) return;
        if (result) printResult(result);
        else console.log(l('试运行：文件可以导入，未写入任何数据。', 'Dry run: the file can be imported; nothing was written.'));
      }, 'court.import');
    });
}
