import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../electron/contract/schemas/files';
import type { Core } from '../../../electron/core/core';
import { chromiumPrinter, findChromium } from '../../../electron/core/documents/pdf/chromium-printer';
import { dispatch, type DispatchOptions } from '../../../electron/core/handlers/registry';
import { tempDir } from '../helpers/core';
import { flowchartFixture, type FlowchartFixture } from './case-fixture';
import { checkWellFormed, pngSize, readNodes, svgSize } from './svg-read';

const chromium = findChromium();
if (!chromium) throw new Error('These tests print a PDF: they need Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
const printer = chromiumPrinter(chromium);
afterAll(() => printer.close());

let f: FlowchartFixture;
let caseNumber: string;

beforeAll(async () => {
  f = await flowchartFixture();
  caseNumber = f.core.sqlite.prepare('SELECT case_number FROM cases WHERE id = ?').pluck().get(f.closedId) as string;
}, 60_000);

async function call(core: Core, channel: 'flowchart.template' | 'flowchart.case', input: unknown, options: DispatchOptions = {}): Promise<ExportFile> {
  const result = await dispatch(core, f.session, channel, input, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message.en}`);
  return result.value as ExportFile;
}

function pdfText(pdf: Buffer): string {
  const file = path.join(tempDir(), 'chart.pdf');
  fs.writeFileSync(file, pdf);
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout.replace(/\s+/g, '');
}

const bytesOf = (file: ExportFile) => Buffer.from(file.contentBase64, 'base64');

function exports(core: Core): { entity: string; entity_id: string | null; detail: Record<string, unknown> }[] {
  return (core.sqlite.prepare("SELECT entity, entity_id, detail FROM audit_log WHERE action = 'export' ORDER BY seq").all() as { entity: string; entity_id: string | null; detail: string }[]).map(
    (r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }),
  );
}

describe('flowchart.template and flowchart.case through dispatch', () => {
  it('hands out the workflow chart as 工作流程图.svg and logs the export with the file’s SHA-256', async () => {
    const before = exports(f.core).length;
    const file = await call(f.core, 'flowchart.template', { format: 'svg' });
    expect(file.fileName).toBe('工作流程图.svg');
    expect(file.mimeType).toBe('image/svg+xml');
    const svg = bytesOf(file).toString('utf8');
    checkWellFormed(svg);
    expect(readNodes(svg).map((n) => n.id)).toContain('decision:agreement');
    expect(file.bytes).toBe(bytesOf(file).byteLength);
    const logged = exports(f.core).slice(before);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.entity).toBe('workflow_templates');
    expect(logged[0]!.detail).toMatchObject({
      kind: 'workflow_flowchart',
      fileName: '工作流程图.svg',
      format: 'svg',
      sha256: createHash('sha256').update(bytesOf(file)).digest('hex'),
      bytes: file.bytes,
    });
  });

  it('a preview for the screen (SVG only) is the same picture and is not logged as an export', async () => {
    const before = exports(f.core).length;
    const shown = await call(f.core, 'flowchart.case', { caseId: f.closedId, format: 'svg', preview: true });
    const saved = await call(f.core, 'flowchart.case', { caseId: f.closedId, format: 'svg' });
    expect(bytesOf(shown).toString('utf8')).toBe(bytesOf(saved).toString('utf8'));
    await call(f.core, 'flowchart.template', { format: 'svg', preview: true });
    // Only the saved file left the app.
    expect(exports(f.core).length).toBe(before + 1);
    const refused = await dispatch(f.core, f.session, 'flowchart.template', { format: 'png', preview: true });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.code).toBe('VALIDATION');
  });

  it('draws a case’s path as PNG at 2×, named after the case, reporting layout and drawing as progress', async () => {
    const seen: { percent: number; zh: string }[] = [];
    const file = await call(f.core, 'flowchart.case', { caseId: f.closedId, format: 'png' }, { onProgress: (p) => seen.push({ percent: p.percent, zh: p.label['zh-CN'] }) });
    expect(file.fileName).toBe(`${caseNumber}-流程图.png`);
    expect(file.mimeType).toBe('image/png');
    const svg = bytesOf(await call(f.core, 'flowchart.case', { caseId: f.closedId, format: 'svg' })).toString('utf8');
    const size = svgSize(svg);
    expect(pngSize(bytesOf(file))).toEqual({ width: size.width * 2, height: size.height * 2 });
    expect(seen.map((p) => p.zh)).toEqual(['正在排版流程图…', '正在生成 PNG 图片…', '正在保存…']);
    expect(seen.map((p) => p.percent)).toEqual([10, 50, 95]);
    const logged = exports(f.core).filter((e) => e.detail.fileName === file.fileName);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ entity: 'cases', entity_id: f.closedId, detail: { kind: 'case_flowchart', caseNumber, format: 'png' } });
    expect(logged[0]!.detail.sha256).toBe(createHash('sha256').update(bytesOf(file)).digest('hex'));
  }, 60_000);

  it('prints the PDF with the host’s printer: A4, the chart’s text in it', async () => {
    const core = { ...f.core, printPdf: printer.print };
    const file = await call(core, 'flowchart.template', { format: 'pdf' });
    expect(file.fileName).toBe('工作流程图.pdf');
    expect(file.mimeType).toBe('application/pdf');
    const pdf = bytesOf(file).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // One A4 page (595 × 842 pt): the published workflow fits on a sheet.
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    expect(pdf).toMatch(/\/MediaBox\s*\[0 0 595(\.\d+)? 842(\.\d+)?\]/);
    // Printed as text (Chromium embeds the CJK font), so the PDF can be searched.
    const text = pdfText(bytesOf(file));
    for (const words of ['工作流程图', '审查受理', '达成协议？', '5日内转立案']) expect(text).toContain(words);
    const casePdf = await call(core, 'flowchart.case', { caseId: f.closedId, format: 'pdf' });
    expect(casePdf.fileName).toBe(`${caseNumber}-流程图.pdf`);
  }, 120_000);

  it('without a printer, PDF fails with PDF_UNAVAILABLE and nothing is logged', async () => {
    const before = exports(f.core).length;
    const result = await dispatch(f.core, f.session, 'flowchart.case', { caseId: f.closedId, format: 'pdf' });
    expect(!result.ok && result.error.code).toBe('PDF_UNAVAILABLE');
    expect(exports(f.core)).toHaveLength(before);
  });

  it('a cancelled export stops at its next step, hands out nothing and logs nothing', async () => {
    const before = exports(f.core).length;
    const result = await dispatch(f.core, f.session, 'flowchart.case', { caseId: f.closedId, format: 'png' }, {
      onProgress: () => void dispatch(f.core, f.session, 'jobs.cancel', { channel: 'flowchart.case' }),
    });
    expect(!result.ok && result.error.code).toBe('CANCELLED');
    expect(exports(f.core)).toHaveLength(before);
  }, 60_000);

  it('refuses an unknown case and an unknown format', async () => {
    const missing = await dispatch(f.core, f.session, 'flowchart.case', { caseId: 'no-such-case', format: 'svg' });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    const bad = await dispatch(f.core, f.session, 'flowchart.template', { format: 'gif' });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    const extra = await dispatch(f.core, f.session, 'flowchart.template', { format: 'svg', caseId: f.closedId });
    expect(!extra.ok && extra.error.code).toBe('VALIDATION');
  });
});
