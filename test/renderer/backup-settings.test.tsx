import fs from 'node:fs';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { I18nextProvider } from 'react-i18next';
import type { Core } from '../../electron/core/core';
import { SYSTEM_ACTOR } from '../../electron/core/audit/audit-log';
import { takeBackup } from '../../electron/core/backup/take-backup';
import { getSetting, putSetting } from '../../electron/core/services/settings';
import { Client } from '../../renderer/src/client/client';
import { ClientContext } from '../../renderer/src/client-context';
import { createI18n } from '../../renderer/src/i18n';
import { StoresProvider } from '../../renderer/src/stores/stores';
import { BackupSettings } from '../../renderer/src/pages/settings/BackupSettings';
import { inProcessTransport } from '../helpers/in-process-transport';
import { fileCore, setUpCore, tempDir } from '../core/helpers/core';

/** The section alone over a real file core (backups need a data folder), with a reload spy. */
function renderSection(core: Core, reload: () => void) {
  const client = new Client(inProcessTransport(core));
  function Harness() {
    const [i18n] = useState(() => createI18n('zh-CN'));
    return (
      <ClientContext.Provider value={client}>
        <I18nextProvider i18n={i18n}>
          <StoresProvider i18n={i18n}>
            <AntApp>
              <BackupSettings reload={reload} />
            </AntApp>
          </StoresProvider>
        </I18nextProvider>
      </ClientContext.Provider>
    );
  }
  return render(<Harness />);
}

async function coreWithBackup(): Promise<Core> {
  const { core } = await setUpCore(await fileCore(tempDir('adr-backup-page-')));
  core.sqlite.transaction(() => putSetting(core, 'center.name', '备份时'))();
  await takeBackup(core, SYSTEM_ACTOR, { kind: 'daily' });
  core.sqlite.transaction(() => putSetting(core, 'center.name', '之后'))();
  return core;
}

const rows = () => within(screen.getByTestId('backup-list')).getAllByRole('row').slice(1);

describe('Settings → 备份', () => {
  it('lists the backups, backs up now into the backups folder and to a typed folder (browser mode)', async () => {
    const core = await coreWithBackup();
    const user = userEvent.setup();
    renderSection(core, vi.fn());
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('每日');
    expect(screen.getByTestId('backup-settings')).toHaveTextContent(`${core.dataDir}/backups`);

    await user.click(screen.getByRole('button', { name: /立即备份/ }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows().map((r) => r.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('手动')]));

    // No folder dialog outside the app: a path field instead of 备份到….
    expect(screen.queryByRole('button', { name: /备份到…/ })).toBeNull();
    const target = tempDir('adr-backup-target-');
    await user.type(screen.getByLabelText('备份到文件夹'), target);
    await user.click(screen.getByRole('button', { name: /备份到文件夹/ }));
    await waitFor(() => expect(fs.readdirSync(target).filter((f) => /^adr-desk-backup-.*\.sqlite3$/.test(f))).toHaveLength(1));
    expect(core.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'database.backup'").pluck().get()).toBe(3);
    core.close();
  });

  it('restores a listed backup after a confirmation that says the current database is kept, then reloads the page', async () => {
    const core = await coreWithBackup();
    const reload = vi.fn();
    const user = userEvent.setup();
    renderSection(core, reload);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await user.click(within(rows()[0]!).getByRole('button', { name: /恢复/ }));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm).toHaveTextContent('从该备份恢复？');
    expect(confirm).toHaveTextContent('当前数据库会先完整保存到备份文件夹');
    await user.click(within(confirm).getByRole('button', { name: /确认恢复/ }));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(getSetting(core, 'center.name')).toBe('备份时');
    expect(fs.readdirSync(`${core.dataDir}/backups`).some((f) => f.startsWith('before-restore-'))).toBe(true);
    core.close();
  });

  it('saves the rotation counts', async () => {
    const core = await coreWithBackup();
    const user = userEvent.setup();
    renderSection(core, vi.fn());
    const daily = await screen.findByLabelText('每日备份保留天数');
    await waitFor(() => expect(daily).toHaveValue('7'));
    await user.clear(daily);
    await user.type(daily, '10');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(getSetting(core, 'backup.keep_daily')).toBe(10));
    expect(getSetting(core, 'backup.keep_weekly')).toBe(4);
    core.close();
  });
});
