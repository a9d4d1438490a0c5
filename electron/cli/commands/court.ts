import type { Command } from 'commander';
import type { BatchStatus, CourtBatch, SigningKeyInfo } from '../../contract/schemas/court';
import { courtOverview, exportBatch } from '../../core/court/export/court-batches';
import { exportPublicKey, rotateSigningKey, signingKeyInfo } from '../../core/court/keys/key-store';
import { CliFailure } from '../cli-context';
import { table } from '../terminal-table';
import { runVerify } from '../verify-report';
import { l, terminalProgress, withCenter, writeOut } from './court-common';
import { registerCourtImport } from './court-import';

/**
 * `adr court …`: the court exchange from the command line — export a signed batch, verify a
 * package (the very code of `npm run verify-package`), import the court's referrals and receipts,
 * the center's public key and its rotation, and the batch history. Writes are audited under the
 * operator first-run setup created, as the app's would be.
 */

function registerExport(court: Command): void {
  court
    .command('export')
    .description('export a signed batch (BagIt zip): the changes since the last batch the court acknowledged, or --all')
    .option('--all', 'everything, not only the changes since the last acknowledged batch')
    .requiredOption('--out <file>', 'the .zip file to write (its folder is made if missing)')
    .action(async (options: { all?: boolean; out: string }, command: Command) => {
      await withCenter(command, async (core, actor) => {
        const { batch, file } = await exportBatch(core, actor, options.all ? 'all' : 'incremental', terminalProgress());
        const { target, sha256 } = writeOut(options.out, file);
        console.log(target);
        console.log(`${l('批次', 'Batch')}: ${batch.batchNumber} (${batch.externalIdentifier})  ${l(`${batch.caseCount} 件案件，${batch.recordCount} 条记录`, `${batch.caseCount} cases, ${batch.recordCount} records`)}`);
        console.log(`SHA-256: ${sha256}`);
      }, 'court.export');
    });
}

function registerVerify(court: Command): void {
  court
    .command('verify <file>')
    .description('verify a package: structure, Payload-Oxum, checksums, signature against --key, schema (same as npm run verify-package)')
    .requiredOption('--key <pubkey>', "the center's public key (PEM)")
    .action((file: string, options: { key: string }) => {
      // No database: the court runs this without the center's data.
      let readError = '';
      const code = runVerify(file, options.key, { log: (line) => console.log(line), error: (line) => (readError = line) });
      if (code === 2) throw new CliFailure({ 'zh-CN': readError, en: readError });
      if (code === 1) throw new CliFailure({ 'zh-CN': '数据包校验未通过。', en: 'The package did not verify.' });
    });
}

const SEALING_LABEL = {
  safeStorage: () => l('由操作系统钥匙串保护（safeStorage）', 'protected by the OS keychain (safeStorage)'),
  none: () => l('未加密保存在数据库中', 'kept unencrypted in the database'),
};

function printKey(info: SigningKeyInfo): void {
  console.log(`${l('当前密钥指纹', 'Current key fingerprint')} (SHA-256): ${info.fingerprint}`);
  console.log(`${l('创建时间', 'Created')}: ${info.createdAt}`);
  console.log(`${l('私钥保护', 'Private key')}: ${SEALING_LABEL[info.sealing]()}`);
  for (const r of info.retired) console.log(`${l('已停用', 'Retired')}: ${r.fingerprint}  ${r.createdAt} – ${r.retiredAt}`);
}

interface KeyOptions {
  out?: string;
  rotate?: boolean;
  reason?: string;
  json?: boolean;
}

function registerKey(court: Command): void {
  court
    .command('key')
    .description("the center's signing key: show it, write the public key (--out), or rotate it (--rotate --reason)")
    .option('--out <file>', 'write the current public key (PEM) for the court; audited')
    .option('--rotate', 'retire the current key and make a new one; packages signed before still verify with the old key')
    .option('--reason <text>', 'why the key is rotated (required with --rotate; kept in the audit log)')
    .option('--json', 'print the key information as JSON')
    .action(async (options: KeyOptions, command: Command) => {
      if (options.rotate && !options.reason?.trim()) {
        throw new CliFailure({ 'zh-CN': '更换密钥须用 --reason 说明原因', en: '--rotate needs --reason' });
      }
      if (options.reason !== undefined && !options.rotate) {
        throw new CliFailure({ 'zh-CN': '--reason 只与 --rotate 一起使用', en: '--reason goes with --rotate' });
      }
      await withCenter(command, (core, actor) => {
        const before = signingKeyInfo(core);
        const info = options.rotate ? rotateSigningKey(core, actor, options.reason!) : before;
        // After a rotation the file written is the new key: the one the court needs next.
        const written = options.out ? writeOut(options.out, exportPublicKey(core, actor)) : null;
        if (options.json) {
          console.log(JSON.stringify({ ...info, file: written?.target ?? null }, null, 2));
          return;
        }
        if (options.rotate) console.log(l(`已更换密钥：${before.fingerprint} → ${info.fingerprint}`, `Key rotated: ${before.fingerprint} → ${info.fingerprint}`));
        if (written) console.log(written.target);
        printKey(info);
      }, options.rotate ? 'court.keys' : 'court.read');
    });
}

const STATUS_LABEL: Record<BatchStatus, () => string> = {
  created: () => l('已生成', 'created'),
  delivered: () => l('已送达', 'delivered'),
  acknowledged: () => l('已确认', 'acknowledged'),
};

function batchRows(batches: CourtBatch[]): string[][] {
  const header = [l('批次', 'Batch'), l('标识', 'Identifier'), l('范围', 'Mode'), l('案件', 'Cases'), l('记录', 'Records'), l('生成时间', 'Created'), l('状态', 'Status'), 'SHA-256'];
  return [
    header,
    ...batches.map((b) => [
      String(b.batchNumber),
      b.externalIdentifier,
      b.mode === 'all' ? l('全部', 'all') : l('增量', 'incremental'),
      String(b.caseCount),
      String(b.recordCount),
      b.createdAt,
      STATUS_LABEL[b.status](),
      b.sha256,
    ]),
  ];
}

function registerBatches(court: Command): void {
  court
    .command('batches')
    .description('the export batches, newest first: created, delivered, acknowledged')
    .option('--json', 'print the batches as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withCenter(command, (core) => {
        const { batches } = courtOverview(core);
        if (options.json) {
          console.log(JSON.stringify(batches, null, 2));
          return;
        }
        if (batches.length === 0) {
          console.log(l('尚未导出任何批次。', 'No batch has been exported yet.'));
          return;
        }
        for (const line of table(batchRows(batches))) console.log(line);
      });
    });
}

export function registerCourt(program: Command): void {
  const court = program.command('court').description('court exchange: signed export batches, verification, imports from the court, the signing key');
  registerExport(court);
  registerVerify(court);
  registerCourtImport(court);
  registerKey(court);
  registerBatches(court);
}
