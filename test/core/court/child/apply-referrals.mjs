// A separate OS process importing a referral file into a database file, so that the crash test
// (crash-import.test.ts) can kill -9 it in the middle of the import's write transaction:
//   node --experimental-transform-types apply-referrals.mjs <database file> <referral file>
// It writes "WRITING" to stdout right before the write transaction begins (the import reports
// that step through its progress callback) and "COMMITTED <ms>" once the import has returned.
// fs.writeSync, not console.log: the line must be out before the synchronous transaction starts.
import fs from 'node:fs';
import path from 'node:path';
import '../../cases/processes/ts-hooks.mjs';

const [databaseFile, referralFile] = process.argv.slice(2);
const { openCore } = await import('../../../../electron/core/core.ts');
const { fixedClock } = await import('../../../../electron/core/clock.ts');
const { actorOf } = await import('../../../../electron/core/services/operators.ts');
const { defaultOperator } = await import('../../../../electron/core/services/setup.ts');
const { applyCourtImport } = await import('../../../../electron/core/court/import/court-import.ts');
const { WRITING } = await import('../../../../electron/core/court/import/referral-import.ts');

const core = await openCore({
  databaseFile,
  dataDir: path.dirname(databaseFile),
  appVersion: '0.0.0-test',
  mode: 'test',
  clock: fixedClock('2026-11-27T02:00:00.000Z'),
});
const file = { fileName: path.basename(referralFile), contentBase64: fs.readFileSync(referralFile).toString('base64') };
let started = 0;
const result = await applyCourtImport(core, actorOf(defaultOperator(core)), file, (_percent, label) => {
  if (label !== WRITING) return;
  fs.writeSync(1, 'WRITING\n');
  started = performance.now();
});
fs.writeSync(1, `COMMITTED ${Math.round(performance.now() - started)} ${result.created}\n`);
core.close();
