import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockingFindings, formatTable, scanSources, type Finding } from '../../scripts/security';
import { tempDir } from '../core/helpers/core';

/** A tiny app tree on disk, scanned the way `npm run security` scans ours. */
function appTree(files: Record<string, string>): string {
  const root = tempDir('adr-scan-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

const UNSAFE_WINDOW = `import { BrowserWindow } from 'electron';
export function open(): BrowserWindow {
  const w: BrowserWindow = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
  return w;
}
`;

describe('npm run security (electronegativity)', () => {
  it('blocks a window without context isolation or sandbox: HIGH/MEDIUM findings in a TypeScript file, offline', async () => {
    const root = appTree({ 'electron/main/unsafe.ts': UNSAFE_WINDOW });
    const result = await scanSources(root, ['electron']);
    expect(result.scannedFiles).toBe(1);
    expect(result.parseErrors).toEqual([]);
    const blocking = blockingFindings(result.findings);
    expect(blocking.map((f) => f.id)).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
    const inFile = blocking.filter((f) => f.file === path.join('electron', 'main', 'unsafe.ts'));
    expect(inFile.length).toBeGreaterThanOrEqual(2);
    expect(inFile.every((f) => f.line === 3)).toBe(true);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('honours an eng-disable comment on the flagged line, for that check only', async () => {
    const suppressed = UNSAFE_WINDOW.replace('contextIsolation: false } });', 'contextIsolation: false } }); // eng-disable SANDBOX_JS_CHECK');
    const root = appTree({ 'electron/main/unsafe.ts': suppressed });
    const ids = blockingFindings((await scanSources(root, ['electron'])).findings).map((f) => f.id);
    expect(ids).not.toContain('SANDBOX_JS_CHECK');
    expect(ids).toContain('CONTEXT_ISOLATION_JS_CHECK');
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reports a file it cannot parse instead of calling it clean', async () => {
    const root = appTree({ 'electron/main/broken.ts': 'export const x = {;\n' });
    const result = await scanSources(root, ['electron']);
    expect(result.parseErrors.map((e) => e.file)).toEqual([path.join('electron', 'main', 'broken.ts')]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('fails only on HIGH and MEDIUM, and prints them most severe first', () => {
    const finding = (id: string, severity: string): Finding => ({
      id, severity, confidence: 'FIRM', file: 'electron/main/x.ts', line: 1, column: 0, sample: 'x', description: '', manualReview: false,
    });
    const findings = [finding('A', 'LOW'), finding('B', 'MEDIUM'), finding('C', 'INFORMATIONAL'), finding('D', 'HIGH')];
    expect(blockingFindings(findings).map((f) => f.id)).toEqual(['B', 'D']);
    const rows = formatTable(findings).split('\n').slice(2);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']);
  });
});
