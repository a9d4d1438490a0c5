import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Localized } from '../../../electron/contract/result';
import type { SavedFiles } from '../../../electron/contract/schemas/meetings';
import { chromiumPrinter, findChromium } from '../../../electron/core/documents/pdf/chromium-printer';
import { HANDLERS } from '../../../electron/core/handlers/handlers';
import { MEETING_PACK_HANDLERS } from '../../../electron/core/handlers/meeting-pack-handlers';
import { maskIdNumber } from '../../../electron/core/validation/resident-id';
import { agendaLabel } from '../../../electron/core/meetings/documents/labels';
import { bytesOf, docxParts, inOrder, pdfPages, squeeze, xmlText } from './pack-read';
import { documentCall, packFixture, type PackFixture } from './pack-fixture';

const chromium = findChromium();
if (!chromium) throw new Error('These tests need Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
const printer = chromiumPrinter(chromium);
afterAll(() => printer.close());

let f: PackFixture;
let saved: SavedFiles;
let progress: { percent: number; label: Localized }[];
let docx: Uint8Array;
let pdf: Uint8Array;

beforeAll(async () => {
  f = await packFixture({ cases: 20, host: { printPdf: printer.print } });
  progress = [];
  saved = await documentCall(f, 'meetings.pack', { id: f.meetingId }, (p) => progress.push({ percent: p.percent, label: p.label }));
  docx = bytesOf(saved.files.find((x) => x.fileName.endsWith('.docx'))!);
  pdf = bytesOf(saved.files.find((x) => x.fileName.endsWith('.pdf'))!);
}, 120_000);

/** Each Word section's text and the text of its default header, in document order. */
function sections(parts: Map<string, string>): { text: string; header: string }[] {
  const rels = new Map(
    [...parts.get('word/_rels/document.xml.rels')!.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  const body = parts.get('word/document.xml')!;
  // A section ends with the paragraph whose properties hold its w:sectPr (its runs come after);
  // the last section's w:sectPr closes the body.
  const chunks: string[] = [];
  let from = 0;
  for (const m of body.matchAll(/<\/w:sectPr>/g)) {
    const close = body.indexOf('</w:p>', m.index);
    const end = close < 0 ? body.length : close + '</w:p>'.length;
    chunks.push(body.slice(from, end));
    from = end;
  }
  return chunks.map((chunk) => {
    const id = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(chunk)?.[1];
    const target = id ? rels.get(id) : undefined;
    return { text: xmlText(chunk), header: target ? xmlText(parts.get(`word/${target}`) ?? '') : '' };
  });
}

describe('the meeting pack of a 20-case meeting', () => {
  it('goes through the registry to the pack handler, which hands both files back outside the app', () => {
    expect(HANDLERS['meetings.pack']).toBe(MEETING_PACK_HANDLERS['meetings.pack']);
    expect(HANDLERS['meetings.minutesExport']).toBe(MEETING_PACK_HANDLERS['meetings.minutesExport']);
    expect(saved.cancelled).toBe(false);
    expect(saved.folder).toBeNull();
    expect(saved.paths).toEqual([]);
    expect(saved.files.map((x) => [x.fileName, x.mimeType])).toEqual([
      ['会议材料-2026-12-17-2026年12月行政争议案情研判会（扩大）.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['会议材料-2026-12-17-2026年12月行政争议案情研判会（扩大）.pdf', 'application/pdf'],
    ]);
  });

  it('the DOCX has one brief per agenda case, each in a section whose header names its agenda item', () => {
    const parts = docxParts(docx);
    const all = sections(parts);
    const briefs = all.filter((s) => s.text.startsWith('案情简介'));
    expect(briefs).toHaveLength(20);
    const numbers = f.core.sqlite.prepare('SELECT case_number FROM cases WHERE id = ?').pluck();
    briefs.forEach((s, i) => {
      const caseNumber = numbers.get(f.caseIds[i]) as string;
      expect(s.text.startsWith(`案情简介${caseNumber}`)).toBe(true);
      expect(s.header).toBe(`${agendaLabel(i + 1)}\u3000案情简介\u3000${caseNumber}`);
    });
    // Every part but the cover has a running head; the minutes template has one per agenda item.
    expect(all[0]!.header).toBe('');
    expect(all.slice(1).every((s) => s.header.length > 0)).toBe(true);
    for (let n = 1; n <= 20; n += 1) expect(all.some((s) => s.header === `${agendaLabel(n)}\u3000会议记录`)).toBe(true);
  });

  it('the PDF has one brief per agenda case, and every page after the cover carries its part and page number', () => {
    const pages = pdfPages(pdf);
    const titled = pages.filter((p) => p.split('\n').some((line) => line.trim() === '案情简介'));
    expect(titled).toHaveLength(20);
    const numbers = f.core.sqlite.prepare('SELECT case_number FROM cases WHERE id = ?').pluck();
    const heads = pages.map((p) => p.split('\n').find((line) => line.trim() !== '')!.trim().replace(/\s+/g, '\u3000'));
    // Brief i runs from its title page up to the next brief's (the last one up to the carried-over
    // items); the agenda item's running head is on every one of those pages.
    const titlePages = pages.flatMap((p, i) => (/^\s*案情简介\s*$/m.test(p) ? [i] : []));
    const carried = heads.indexOf('前次会议交办事项落实情况');
    expect(carried).toBeGreaterThan(titlePages.at(-1)!);
    f.caseIds.forEach((id, i) => {
      const head = `${agendaLabel(i + 1)}\u3000案情简介\u3000${numbers.get(id) as string}`;
      const range = heads.slice(titlePages[i], titlePages[i + 1] ?? carried);
      expect(range.length).toBeGreaterThan(0);
      expect(range.every((h) => h === head)).toBe(true);
    });
    // Cover: no running head, no number; then "— N —" at the foot of every page.
    expect(pages[0]).not.toMatch(/—\s*\d+\s*—/);
    pages.slice(1).forEach((p, i) => expect(squeeze(p.trimEnd().split('\n').at(-1)!)).toBe(`—${i + 2}—`));
    expect(heads.filter((h, i) => i > 0 && h !== heads[i - 1]).slice(0, 3)).toEqual(['会议议程', '参会人员名单', '签到表']);
  });

  it('shows ID numbers masked only: no full number anywhere in either file', () => {
    expect(f.fullIdNumbers.length).toBeGreaterThan(20);
    const docxText = [...docxParts(docx).values()].join('\n');
    const pdfText = squeeze(pdfPages(pdf, false).join(''));
    for (const id of f.fullIdNumbers) {
      expect(docxText).not.toContain(id);
      expect(pdfText).not.toContain(id);
    }
    const masked = maskIdNumber(f.fullIdNumbers[0]!);
    expect(masked).toMatch(/^\w{4}\*{10}\w{4}$/);
    expect(docxText).toContain(masked);
    expect(pdfText).toContain(masked);
  });

  it('carries over the open action items of the earlier meeting of the series, with agency, due date and task status', () => {
    expect(f.carriedOver.length).toBeGreaterThan(0);
    const docxText = xmlText(docxParts(docx).get('word/document.xml')!);
    const page = squeeze(pdfPages(pdf, false).find((p) => p.includes('前次会议交办事项落实情况'))!);
    for (const item of f.carriedOver) {
      expect(docxText).toContain(item.description);
      expect(inOrder(page, squeeze(item.description))).toBe(true);
    }
    expect(docxText).toContain('前次会议交办事项落实情况');
    expect(docxText).toMatch(/已签收|已发出/);
  });

  it('has a sign-in sheet with one numbered row per expected attendee, blank rows after them, and a blank signature column', () => {
    const signIn = pdfPages(pdf).find((p) => /^\s*签到表\s*$/m.test(p))!;
    for (const name of ['张协调', '刘法官']) expect(signIn).toContain(name);
    // The party told of the meeting but not taking part does not sign in.
    const partyName = f.core.sqlite.prepare("SELECT name FROM meeting_invitees WHERE kind = 'party'").pluck().get() as string;
    expect(signIn).not.toContain(partyName);
    const invited = f.core.sqlite.prepare("SELECT COUNT(*) FROM meeting_invitees WHERE meeting_id = ? AND role != 'non_participant'").pluck().get(f.meetingId) as number;
    const rows = [...signIn.matchAll(/^\s*(\d+)\s/gm)].map((m) => Number(m[1]));
    expect(rows).toEqual(Array.from({ length: invited + 5 }, (_, i) => i + 1));
    expect(signIn).toMatch(/序号\s+姓名\s+单位\s+职务\s+签名/);
    const docText = xmlText(docxParts(docx).get('word/document.xml')!);
    expect(docText).toContain('序号姓名单位职务签名');
  });

  it('reports progress through dispatch: one step per brief, rising to 100', () => {
    const labels = progress.map((p) => p.label['zh-CN']);
    for (let i = 1; i <= 20; i += 1) expect(labels).toContain(`正在生成第${i}个案情简介…`);
    expect(progress.find((p) => p.label['zh-CN'] === '正在生成第3个案情简介…')!.label.en).toBe('Writing brief 3…');
    const percents = progress.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
  });

  it('logs one export per file in the audit trail', () => {
    const rows = f.core.sqlite
      .prepare("SELECT entity, entity_id, detail FROM audit_log WHERE action = 'export' AND entity = 'meetings' ORDER BY seq")
      .all() as { entity: string; entity_id: string; detail: string }[];
    expect(rows.map((r) => [r.entity_id, JSON.parse(r.detail).kind, JSON.parse(r.detail).fileName])).toEqual(saved.files.map((x) => [f.meetingId, 'meeting_pack', x.fileName]));
  });
});
