import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => await import('./fake-electron'));

const fake = await import('./fake-electron');
const { openWithSystemViewer } = await import('../../electron/main/open-core');

describe('opening attachments with the system viewer', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('hands the stored path to shell.openPath', async () => {
    await openWithSystemViewer('/data/attachments/ab/abcd');
    expect(fake.shell.openedPaths).toEqual(['/data/attachments/ab/abcd']);
  });

  it('turns the error string shell.openPath resolves with into a rejection', async () => {
    fake.shell.openPathResult = 'No application is associated with this file';
    await expect(openWithSystemViewer('/x.unknown')).rejects.toThrow(/No application/);
  });
});
