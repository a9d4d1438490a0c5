import fs from 'node:fs';
import { verifyPackage } from '../core/court/verify/verify-package';

/**
 * The court's check of a package and its printed report, shared by `npm run verify-package` and
 * `adr court verify` so both say exactly the same thing. Free of the database and the app: it
 * imports only the court's verify code (bag, keys, schema), which the standalone script bundles.
 */

/** 0 valid, 1 not valid, 2 the files could not be read. */
export type VerifyExit = 0 | 1 | 2;

export interface ReportOutput {
  log(line: string): void;
  error(line: string): void;
}

const consoleOutput: ReportOutput = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};

/** Prints OK and the bag info, or every failure in Chinese and English. */
export function runVerify(file: string, keyFile: string, output: ReportOutput = consoleOutput): VerifyExit {
  let zip: Uint8Array;
  let pem: string;
  try {
    zip = fs.readFileSync(file);
    pem = fs.readFileSync(keyFile, 'utf8');
  } catch (error) {
    output.error(`无法读取文件 / Cannot read file: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const result = verifyPackage(zip, pem);
  if (result.ok) {
    output.log(`OK 校验通过 / package verified: ${result.info.bagName}`);
    output.log(`  payload / 数据文件: ${result.info.payloadFiles} files, ${result.info.payloadBytes} bytes`);
    output.log(`  key fingerprint / 密钥指纹: ${result.info.fingerprint}`);
    for (const [label, value] of Object.entries(result.info.bagInfo)) output.log(`  ${label}: ${value}`);
    return 0;
  }
  output.log(`FAILED 校验未通过 / package NOT verified: ${result.failures.length} problem(s)`);
  for (const f of result.failures) {
    output.log(`- [${f.check}]${f.file ? ` ${f.file}` : ''}`);
    output.log(`  ${f.message['zh-CN']}`);
    output.log(`  ${f.message.en}`);
  }
  return 1;
}
