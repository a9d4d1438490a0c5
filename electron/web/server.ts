import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '../core/core';
import { databaseFileIn } from '../core/paths';
import { readAppVersion } from '../core/app-version';
import { machinePrinter } from '../core/documents/pdf/chromium-printer';
import { CoreError } from '../core/errors';
import { localize } from '../contract/errors';
import { startWebServer } from './web-server';

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

  const printer = machinePrinter(values.chromium);
  const core = await openCore({
    databaseFile: databaseFileIn(dataDir),
    dataDir,
    appVersion: readAppVersion(here),
    mode: 'web',
    printPdf: printer.print,
  });
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
