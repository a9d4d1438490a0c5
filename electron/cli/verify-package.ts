#!/usr/bin/env node
import fs from 'node:fs';
import { DEFAULT_LIMITS, verifyBag } from '../core/court/bag/verify-bag';

/**
 * `npm run verify-package -- FILE --key PUBKEY.pem`: the court's check of a package, without the
 * app and without any database (it imports only the bag and key modules). Prints OK and the bag
 * info, or every failure in Chinese and English; exit code 0 when valid, 1 when not, 2 on usage.
 */
const USAGE = 'usage: verify-package FILE --key PUBKEY.pem\n用法：verify-package 文件 --key 公钥.pem';

function main(argv: string[]): number {
  let file: string | undefined;
  let key: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--key') key = argv[++i];
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(USAGE);
      return 0;
    } else if (file === undefined) file = argv[i];
    else {
      console.error(USAGE);
      return 2;
    }
  }
  if (!file || !key) {
    console.error(USAGE);
    return 2;
  }
  let zip: Uint8Array;
  let pem: string;
  try {
    zip = fs.readFileSync(file);
    pem = fs.readFileSync(key, 'utf8');
  } catch (error) {
    console.error(`无法读取文件 / Cannot read file: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const result = verifyBag(zip, pem, DEFAULT_LIMITS);
  if (result.ok) {
    console.log(`OK 校验通过 / package verified: ${result.info.bagName}`);
    console.log(`  payload / 数据文件: ${result.info.payloadFiles} files, ${result.info.payloadBytes} bytes`);
    console.log(`  key fingerprint / 密钥指纹: ${result.info.fingerprint}`);
    for (const [label, value] of Object.entries(result.info.bagInfo)) console.log(`  ${label}: ${value}`);
    return 0;
  }
  console.log(`FAILED 校验未通过 / package NOT verified: ${result.failures.length} problem(s)`);
  for (const f of result.failures) {
    console.log(`- [${f.check}]${f.file ? ` ${f.file}` : ''}`);
    console.log(`  ${f.message['zh-CN']}`);
    console.log(`  ${f.message.en}`);
  }
  return 1;
}

process.exitCode = main(process.argv.slice(2));
