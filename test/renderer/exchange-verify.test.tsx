import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { generateKeyPair } from '../../electron/core/court/keys/ed25519';
import { renderApp } from './helpers';
import { FIRST_LOAD } from './dialogs';
import { bytesOf, fileInput, fileOf, printingDemoCore } from './exchange-helpers';

async function exportedPackage() {
  const core = await printingDemoCore();
  window.location.hash = '#/exchange?tab=verify';
  const view = renderApp(core);
  const { batch, file } = await view.client.call('court.export', { mode: 'incremental' });
  return { core, batch, file, bytes: bytesOf(file.contentBase64) };
}

/** The antd Upload around a pick button (its hidden file input sits beside the button). */
function pickerOf(tab: HTMLElement, testId: string): HTMLElement {
  return within(tab).getByTestId(testId).closest<HTMLElement>('.ant-upload-wrapper')!;
}

async function verify(user: ReturnType<typeof userEvent.setup>, zip: File, pem?: File): Promise<HTMLElement> {
  const tab = await screen.findByTestId('tab-verify', {}, FIRST_LOAD);
  await user.upload(fileInput(pickerOf(tab, 'verify-pick-package')), zip);
  await within(tab).findByText(zip.name);
  if (pem) {
    await user.upload(fileInput(pickerOf(tab, 'verify-pick-key')), pem);
    await within(tab).findByText(pem.name);
  }
  await user.click(within(tab).getByTestId('verify-run'));
  return within(tab).findByTestId('verify-result', {}, { timeout: 30_000 });
}

describe('verifying a package in the app', () => {
  it('passes an exported package against the center’s own keys and shows its bag info', async () => {
    const { core, batch, file, bytes } = await exportedPackage();
    const user = userEvent.setup();

    const result = await verify(user, fileOf(file.fileName, bytes, 'application/zip'));
    expect(within(result).getByTestId('verify-ok')).toHaveTextContent('校验通过：文件包完整，签名有效');
    expect(within(result).getByTestId('verify-bag-info')).toHaveTextContent(batch.externalIdentifier);
    expect(within(result).getByTestId('verify-bag-info')).toHaveTextContent('Payload-Oxum');
    expect(within(result).queryByTestId('verify-failures')).not.toBeInTheDocument();
    core.close();
  });

  it('names the failed check and file when the signature is checked against another key', async () => {
    const { core, file, bytes } = await exportedPackage();
    const user = userEvent.setup();
    const other = generateKeyPair();

    const result = await verify(user, fileOf(file.fileName, bytes, 'application/zip'), fileOf('other.pem', other.publicKeyPem, 'application/x-pem-file'));
    expect(within(result).getByTestId('verify-failed')).toHaveTextContent(/校验未通过：\d+ 项问题/);
    const failures = within(result).getByTestId('verify-failures');
    expect(failures).toHaveTextContent(/签名|密钥指纹/);
    expect(within(result).queryByTestId('verify-ok')).not.toBeInTheDocument();
    core.close();
  });

  it('reports a damaged package in the UI language', async () => {
    window.localStorage.setItem('adr.language', 'en');
    const { core, file, bytes } = await exportedPackage();
    const user = userEvent.setup();
    const damaged = bytes.slice();
    // A byte in the middle of the archive: some entry's data, its checksum no longer matches.
    const at = Math.floor(damaged.length / 2);
    damaged[at] = damaged[at]! ^ 0xff;

    const result = await verify(user, fileOf(file.fileName, damaged, 'application/zip'));
    expect(within(result).getByTestId('verify-failed')).toHaveTextContent(/Verification failed: (1 problem|\d+ problems)$/);
    const failures = within(result).getByTestId('verify-failures');
    expect(within(failures).getAllByRole('row').length).toBeGreaterThan(1);
    expect(failures).toHaveTextContent('Problem');
    // Check names in English; messages may quote a file's (Chinese) name, so they are not tested here.
    const checks = [...failures.querySelectorAll('.ant-tag')].map((tag) => tag.textContent ?? '');
    expect(checks.length).toBeGreaterThan(0);
    for (const check of checks) expect(check).not.toMatch(/[\u4e00-\u9fff]/u);
    core.close();
  });
});
