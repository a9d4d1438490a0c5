/**
 * `npm run security`: Electronegativity (Doyensec's Electron security linter) over the sources, and
 * a non-zero exit on any HIGH or MEDIUM finding. Electronegativity's own exit code is 0 whatever it
 * finds, so this script reads its result and decides.
 *
 * Why the programmatic API rather than its CLI: electronegativity 1.10 does not declare `commander`
 * as a dependency and its CLI breaks on the commander 15 our CLI hoists (`program.version is not a
 * function`). `run()` returns the same findings the CLI prints and writes the same CSV.
 *
 * What is scanned: electron/ (main, preload, contract, core, web bridge, CLI) and renderer/ (the
 * page's TS/TSX and index.html with its CSP), as TypeScript — electronegativity parses TS/TSX with
 * Babel's typescript plugin, and a file it cannot parse fails the run. Both trees are copied into one
 * folder first because its global checks (navigation limits, permission handler, CSP) look across
 * all files: the main process's handlers must be seen together with the page.
 *
 * Offline: electronegativity fetches translations and Electron's release list over the network. CI
 * has no network and a slow or hanging request even crashed the run (got/p-cancelable, after the
 * scan), so `got` is replaced by a stub answering "unavailable"; the release-list check
 * (AvailableSecurityFixesGlobalCheck) is skipped, Electron updates come through package.json.
 *
 * Suppressing a verified false positive: an `eng-disable CHECK_ID` comment on the flagged line, with
 * a comment saying why it is safe (README → Hardening lists them).
 *
 * Run by Node 24 directly (type stripping): erasable TypeScript only, no imports of repo files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  column: number;
  sample: string;
  description: string;
  manualReview: boolean;
}

export interface ScanResult {
  findings: Finding[];
  /** Files electronegativity could not parse (an unscanned file is not a clean file). */
  parseErrors: { file: string; message: string }[];
  scannedFiles: number;
}

interface RawIssue {
  id: string;
  file: string;
  sample?: string;
  description: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  manualReview: boolean;
}

interface RawResult {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: RawIssue[];
}

type Run = (options: Record<string, unknown>) => Promise<RawResult>;

export const BLOCKING_SEVERITIES: readonly string[] = ['HIGH', 'MEDIUM'];
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What the app is made of, relative to the repo root. */
export const SCANNED = ['electron', 'renderer'] as const;
const SCANNED_EXTENSIONS = /\.(js|jsx|ts|tsx|html|htm)$/i;

const requireHere = createRequire(import.meta.url);

/** Replaces electronegativity's HTTP client (see the header) before its modules load. */
function keepElectronegativityOffline(): void {
  const requireFromTool = createRequire(requireHere.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = requireFromTool.resolve('got');
  const unavailable = async () => ({ statusCode: 503, body: '' });
  requireHere.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: unavailable } as unknown as NodeJS.Module;
}

/** The installed Electron version: the one the app is built with, which decides the checks' defaults. */
export function installedElectronVersion(): string {
  return (requireHere('electron/package.json') as { version: string }).version;
}

/** Copies the scanned trees (source files only) into one temporary folder. */
export function stageSources(root: string, entries: readonly string[]): { dir: string; files: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-security-'));
  let files = 0;
  for (const entry of entries) {
    fs.cpSync(path.join(root, entry), path.join(dir, entry), {
      recursive: true,
      filter: (source) => {
        if (path.basename(source) === 'node_modules') return false;
        if (fs.statSync(source).isDirectory()) return true;
        if (!SCANNED_EXTENSIONS.test(source)) return false;
        files += 1;
        return true;
      },
    });
  }
  return { dir, files };
}

/** Runs electronegativity on one folder; writes its CSV to `csvFile` when given. */
export async function scanFolder(dir: string, options: { electronVersion: string; csvFile?: string }): Promise<Omit<ScanResult, 'scannedFiles'>> {
  keepElectronegativityOffline();
  // Its messages come from i18n keyed by LANG; English keeps the report readable for everyone.
  const lang = process.env.LANG;
  process.env.LANG = 'en-US';
  try {
    const run = requireHere('@doyensec/electronegativity') as Run;
    const result = await run({
      input: dir,
      isRelative: true,
      electronVersionOverride: options.electronVersion,
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      ...(options.csvFile ? { output: options.csvFile, isSarif: false } : {}),
    });
    return {
      findings: result.issues.map((issue) => ({
        id: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file: issue.file,
        line: issue.location.line,
        column: issue.location.column,
        sample: issue.sample ?? '',
        description: issue.description,
        manualReview: issue.manualReview,
      })),
      parseErrors: result.errors.filter((e) => !e.tolerable).map((e) => ({ file: path.relative(dir, e.file), message: e.message })),
    };
  } finally {
    if (lang === undefined) delete process.env.LANG;
    else process.env.LANG = lang;
  }
}

export async function scanSources(root: string, entries: readonly string[], csvFile?: string): Promise<ScanResult> {
  const staged = stageSources(root, entries);
  try {
    const result = await scanFolder(staged.dir, { electronVersion: installedElectronVersion(), ...(csvFile ? { csvFile } : {}) });
    return { ...result, scannedFiles: staged.files };
  } finally {
    fs.rmSync(staged.dir, { recursive: true, force: true });
  }
}

export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => BLOCKING_SEVERITIES.includes(f.severity));
}

/** A plain-text table, most severe first. */
export function formatTable(findings: readonly Finding[]): string {
  const order = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
  const rows = [...findings]
    .sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity) || a.file.localeCompare(b.file) || a.line - b.line)
    .map((f) => [f.severity, f.confidence, f.id, `${f.file}:${f.line}`, f.sample.length > 60 ? `${f.sample.slice(0, 57)}...` : f.sample]);
  const header = ['severity', 'confidence', 'check', 'where', 'code'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(): Promise<number> {
  const csvFile = path.join(ROOT, 'test-results', 'electronegativity.csv');
  fs.mkdirSync(path.dirname(csvFile), { recursive: true });
  const result = await scanSources(ROOT, SCANNED, csvFile);
  console.log(`electronegativity: ${result.scannedFiles} files in ${SCANNED.join(', ')} (Electron ${installedElectronVersion()})`);
  if (result.findings.length > 0) console.log(`\n${formatTable(result.findings)}\n`);
  for (const e of result.parseErrors) console.error(`could not parse ${e.file}: ${e.message}`);
  const blocking = blockingFindings(result.findings);
  if (result.scannedFiles === 0) {
    console.error('security: nothing was scanned');
    return 1;
  }
  if (blocking.length > 0 || result.parseErrors.length > 0) {
    console.error(`security: ${blocking.length} HIGH/MEDIUM finding(s), ${result.parseErrors.length} unparsed file(s) — fix them, or suppress a verified false positive with an eng-disable comment saying why`);
    return 1;
  }
  console.log(`security: clean (no HIGH or MEDIUM findings; ${result.findings.length} low/informational). Full list: ${path.relative(ROOT, csvFile)}`);
  return 0;
}

if (import.meta.main) {
  process.exitCode = await main();
}
