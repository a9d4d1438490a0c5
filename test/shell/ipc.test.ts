import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, type ChannelName } from '../../electron/contract/names';
import type { Result } from '../../electron/contract/result';
import { openCore, type Core } from '../../electron/core/core';
import { newSession, type Session } from '../../electron/core/session';
import { needsSetup } from '../../electron/core/services/setup';
import { registerIpc } from '../../electron/main/ipc';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const trusted = { senderFrame: { parent: null, url: 'app://adr/index.html' } };
const foreign = { senderFrame: { parent: null, url: 'https://evil.example/' } };
const subframe = { senderFrame: { parent: trusted.senderFrame, url: 'app://adr/index.html' } };

const setupInput = {
  centerName: '秦皇岛市行政争议化解中心',
  level: 'city',
  courtName: '秦皇岛市中级人民法院',
  operatorName: '张协调',
  operatorRole: 'administrator',
};

let core: Core;
let session: Session;
let writes: ChannelName[];
let unregister: () => void;

beforeEach(async () => {
  fake.resetFakeElectron();
  core = await openCore({ databaseFile: ':memory:', dataDir: null, appVersion: 't', mode: 'test' });
  session = newSession();
  writes = [];
  unregister = registerIpc(fake.ipcMain, core, session, {
    onWrite: (channel) => writes.push(channel),
    log: () => {},
  });
});

afterEach(() => core.close());

async function invoke(channel: string, event: unknown, payload?: unknown): Promise<Result<unknown>> {
  return (await fake.ipcMain.invoke(channel, event, payload)) as Result<unknown>;
}

describe('IPC handlers', () => {
  it('are registered for exactly the contract channels', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('refuse a foreign sender with FORBIDDEN_SENDER', async () => {
    const result = await invoke('app.info', foreign);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('FORBIDDEN_SENDER');
      expect(result.error.message['zh-CN']).toContain('拒绝');
    }
    expect((await invoke('app.info', subframe)).ok).toBe(false);
    expect((await invoke('app.info', { senderFrame: null })).ok).toBe(false);
  });

  it('answer our own top frame from the real core', async () => {
    const result = await invoke('app.info', trusted);
    expect(result).toMatchObject({ ok: true, value: { appVersion: 't', mode: 'test' } });
  });

  it('write nothing for a foreign sender, even with valid input', async () => {
    const result = await invoke('setup.complete', foreign, setupInput);
    expect(result.ok === false && result.error.code).toBe('FORBIDDEN_SENDER');
    expect(needsSetup(core)).toBe(true);
    expect(writes).toEqual([]);
  });

  it('write for a trusted sender and report the write for data.changed', async () => {
    const result = await invoke('setup.complete', trusted, setupInput);
    expect(result.ok).toBe(true);
    expect(needsSetup(core)).toBe(false);
    expect(writes).toEqual(['setup.complete']);
  });

  it('still validate trusted input through the contract', async () => {
    const result = await invoke('setup.complete', trusted, { ...setupInput, level: 'galaxy' });
    expect(result.ok === false && result.error.code).toBe('VALIDATION');
    expect(needsSetup(core)).toBe(true);
  });

  it('can be removed again', () => {
    unregister();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });
});
