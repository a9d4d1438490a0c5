import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '../core/core';
import { databaseFileIn } from '../core/paths';
import { readAppVersion } from '../core/app-version';
import { machinePrinter } from '../core/documents/pdf/chromium-printer';
import { CoreError } from '../core/errors';
import { localize } from '../contract/errors';
import { startWebServer } from './web-server';
import { assertLocalDataDir } from '../core/backup/drive-check';
import { isDamaged, reportDamage } from '../core/backup/recovery';
import { dailyBackupIfDue, quitBackup } from '../core/backup/take-backup';

/**
 * `npm run start:web`: the app in a browser, for development and end-to-end tests.
 * --data DIR (or ADR_DATA_DIR): the data folder, default `.data/` in the project.
 * --port N (or ADR_PORT): default 5174; 0 picks a free one. The URL is printed on stdout.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      renderer: { type: 'string' },
      chromium: { type: 'string' },
    },
  });
  const here = import.meta.dirname;
  const root = path.resolve(here, '..', '..');
  const dataDir = path.resolve(values.data ?? process.env.ADR_DATA_DIR ?? path.join(root, '.data'));
  const port = Number(values.port ?? process.env.ADR_PORT ?? 5174);
  const rendererDir = path.resolve(values.renderer ?? path.join(root, 'out', 'renderer'));

  // Start-up checks as in the app: no network drive; a damaged database is reported with the
  // latest good backup and the `adr restore FILE` command instead of a stack trace.
  assertLocalDataDir(dataDir);
  const printer = machinePrinter(values.chromium);
  const core = await openCore({
    databaseFile: databaseFileIn(dataDir),
    dataDir,
    appVersion: readAppVersion(here),
    mode: 'web',
    printPdf: printer.print,
  }).catch(async (error: unknown) => {
    await printer.close();
    throw isDamaged(error) ? reportDamage(error, dataDir).error : error;
  });
  await dailyBackupIfDue(core);
  const server = await startWebServer({
    core,
    rendererDir,
    port,
    log: (message, error) => console.error(message, error),
  });
  console.log(`ADR Desk browser mode: ${server.url}`);
  console.log(`Data folder: ${dataDir}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await quitBackup(core).catch((error: unknown) => console.error('the quit backup failed', error));
    core.close();
    await printer.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof CoreError) {
    const message = localize(error.code, error.params);
    console.error(`${message['zh-CN']}\n${message.en}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
