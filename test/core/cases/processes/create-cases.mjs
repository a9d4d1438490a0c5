// A separate OS process registering cases in the same database file as its siblings (as the app,
// the CLI and a second window would). Started by case-number-concurrency.test.ts:
//   node --experimental-transform-types create-cases.mjs '<json>'
// It opens its own core, reports 'ready', waits for 'go' (so all siblings start together), creates
// `count` cases and sends back the case numbers it got.
import './ts-hooks.mjs';

const { databaseFile, count, intake, actor } = JSON.parse(process.argv[2]);
const { openCore } = await import('../../../../electron/core/core.ts');
const { createCase } = await import('../../../../electron/core/cases/intake.ts');

const core = await openCore({ databaseFile, dataDir: null, appVersion: '0.0.0-test', mode: 'test' });
process.send({ type: 'ready' });
process.once('message', () => {
  const numbers = [];
  try {
    for (let i = 0; i < count; i += 1) numbers.push(createCase(core, actor, intake).caseNumber);
    process.send({ type: 'done', numbers });
  } catch (error) {
    process.send({ type: 'error', message: String(error?.stack ?? error), numbers });
  } finally {
    core.close();
    process.disconnect();
  }
});
