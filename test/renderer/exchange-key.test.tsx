import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpCore } from '../core/helpers/core';
import { renderApp } from './helpers';
import { FIRST_LOAD, findDialog } from './dialogs';
import { recordDownloads } from './reports-helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The fingerprint as the key tab prints it: groups of four, two lines of eight groups. */
function grouped(hex: string): string {
  return hex.replace(/(.{4})(?=.)/g, '$1 ');
}

describe('the signing key tab', () => {
  it('shows the full fingerprint and how the private key is kept, and exports the public key as PEM', async () => {
    const { core } = await setUpCore();
    const user = userEvent.setup();
    const { blobs, downloads } = recordDownloads();
    window.location.hash = '#/exchange?tab=key';
    const view = renderApp(core);
    const key = await view.client.call('court.key');

    const fingerprint = await screen.findByTestId('key-fingerprint', {}, FIRST_LOAD);
    expect(fingerprint).toHaveTextContent(grouped(key.fingerprint.slice(0, 32)));
    expect(fingerprint).toHaveTextContent(grouped(key.fingerprint.slice(32)));
    // The test core has no OS keychain: the key is kept unencrypted, and the tab says what that means.
    expect(screen.getByTestId('key-sealing')).toHaveTextContent('未加密保存');
    expect(screen.getByTestId('tab-key')).toHaveTextContent('请妥善保管数据库文件及其备份');
    expect(within(screen.getByTestId('key-retired')).getByText('没有历史密钥')).toBeInTheDocument();

    await user.click(screen.getByTestId('key-export'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toMatch(/\.pem$/);
    expect(await blobs[0]!.text()).toBe(key.publicKeyPem);
    core.close();
  });

  it('replaces the key only with a reason; the old key moves to the earlier keys', async () => {
    const { core } = await setUpCore();
    const user = userEvent.setup();
    window.location.hash = '#/exchange?tab=key';
    const view = renderApp(core);
    const old = await view.client.call('court.key');
    await screen.findByTestId('key-fingerprint', {}, FIRST_LOAD);

    await user.click(screen.getByTestId('key-rotate'));
    const dialog = await findDialog('更换签名密钥');
    expect(dialog).toHaveTextContent('此前的文件包仍可用旧密钥校验');
    expect(dialog).toHaveTextContent('法院需要新的公钥');
    await user.click(within(dialog).getByTestId('key-rotate-submit'));
    expect(await within(dialog).findByText('请填写更换原因')).toBeInTheDocument();
    expect((await view.client.call('court.key')).fingerprint).toBe(old.fingerprint);

    await user.type(within(dialog).getByLabelText('更换原因'), '经办电脑更换');
    await user.click(within(dialog).getByTestId('key-rotate-submit'));

    const current = await waitFor(async () => {
      const now = await view.client.call('court.key');
      expect(now.fingerprint).not.toBe(old.fingerprint);
      return now;
    });
    await waitFor(() => expect(screen.getByTestId('key-fingerprint')).toHaveTextContent(grouped(current.fingerprint.slice(0, 32))));
    const retired = screen.getByTestId('key-retired');
    await waitFor(() => expect(retired).toHaveTextContent(grouped(old.fingerprint.slice(0, 16))));
    expect(screen.getByTestId('summary-key')).toHaveTextContent(grouped(current.fingerprint.slice(0, 16)));
    const audit = core.sqlite.prepare('SELECT count(*) FROM audit_log WHERE detail LIKE ?').pluck().get('%经办电脑更换%') as number;
    expect(audit).toBe(1);
    core.close();
  });
});
