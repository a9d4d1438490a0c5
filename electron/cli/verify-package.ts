#!/usr/bin/env node
import { runVerify, type VerifyExit } from './verify-report';

/**
 * `npm run verify-package -- FILE --key PUBKEY.pem`: the court's check of a package, without the
 * app and without any database (verify-report.ts imports only the court's bag, key and verify
 * modules). The same check and report as `adr court verify`. Exit code 0 when valid, 1 when not,
 * 2 on usage or an unreadable file.
 */
const USAGE = 'usage: verify-package FILE --key PUBKEY.pem\n用法：verify-package 文件 --key 公钥.pem';

function main(argv: string[]): VerifyExit {
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
  return runVerify(file, key);
}

process.exitCode = main(process.argv.slice(2));
