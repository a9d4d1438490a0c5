// A separate OS process writing a burst of small transactions into a database file, as the app
// would, for the backup and crash tests (backup-during-writes.test.ts, crash-burst.test.ts):
//   node --experimental-transform-types write-burst.mjs <database file> <count>
// Each transaction stores a setting `burst.<n>` (about 2 KB, so the file grows by pages) with its
// audit entry. "COMMITTED <n>" is written to stdout only after the transaction has returned, i.e.
// after SQLite reported the commit (synchronous=FULL: on disk). fs.writeSync, not console.log, so
// the line is out before the next transaction starts. count 0 means: until killed.
import fs from 'node:fs';
import path from 'node:path';
import '../../cases/processes/ts-hooks.mjs';

const [databaseFile, countText] = process.argv.slice(2);
const count = Number(countText);
const { openCore } = await import('../../../../electron/core/core.ts');
const { appendAudit, SYSTEM_ACTOR } = await import('../../../../electron/core/audit/audit-log.ts');
const { writeTx } = await import('../../../../electron/core/cases/case-rows.ts');
const { putSetting } = await import('../../../../electron/core/services/settings.ts');

const core = await openCore({ databaseFile, dataDir: path.dirname(databaseFile), appVersion: '0.0.0-test', mode: 'test' });
fs.writeSync(1, 'READY\n');
const payload = 'x'.repeat(2000);
for (let n = 1; count === 0 || n <= count; n += 1) {
  writeTx(core, () => {
    putSetting(core, `burst.${n}`, { n, payload });
    appendAudit(core.q, SYSTEM_ACTOR, core.now(), { action: 'test.burst', entity: 'settings', entityId: `burst.${n}` });
  });
  fs.writeSync(1, `COMMITTED ${n}\n`);
}
core.close();
fs.writeSync(1, 'DONE\n');
