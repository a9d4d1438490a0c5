import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../../electron/contract/schemas/files';
import { dispatch } from '../../../../electron/core/handlers/registry';
import { loadCaseFigure } from '../../../../electron/core/summaries/case/flowchart-figure';
import { readCaseSummary } from '../../../../electron/core/summaries/case/read-summary';
import { documentHtml } from '../../../../electron/core/summaries/case/render-document';
import { caseSummaryDocument } from '../../../../electron/core/summaries/case/summary-document';
import { setUpCore } from '../../helpers/core';
import { bytesOf, docxParts, inOrder, pdfPages, squeeze, xmlText } from '../../meetings/pack-read';
import { call, richClosedCase, sharedPrinter, summaryFixture, type SummaryFixture } from './fixture';

/**
 * The case outcome summary (化解结果摘要) of a closed demo case that went through every stage,
 * with a task answered by the respondent, a follow-up visit, and — added here through the
 * meeting channels — a held meeting that decided on it (plus a cancelled one that must not show).
 */

const printer = sharedPrinter();
let f: SummaryFixture;
let theCase: { id: string; caseNumber: string };
let party: { name: string; id_number: string; phone: string };
let task: { request: string; reply_text: string; agency: string };
let closing: { outcome_summary: string; outcome_basis: string };
let docx: Uint8Array;
let pdf: Uint8Array;

const DECISION = '同意由市市场监督管理局重新核查并书面答复申请人。';

async function meeting(status: 'held' | 'cancelled', title: string, startsAt: string) {
  const saved = await call<{ meeting: { id: string; agenda: { id: string }[] } }>(f, 'meetings.save', {
    meeting: {
      kind: 'analysis',
      title,
      startsAt,
      endsAt: startsAt.replace('T09', 'T11'),
      place: '中心三楼会议室',
      status: 'scheduled',
      agenda: [{ caseId: theCase.id, presenter: '张协调' }],
    },
    acceptWarnings: true,
  });
  const m = saved.meeting;
  if (status === 'held') {
    await call(f, 'meetings.saveMinutes', { meetingId: m.id, items: [{ agendaItemId: m.agenda[0]!.id, decision: DECISION }], finalise: true });
  } else {
    await call(f, 'meetings.setStatus', { id: m.id, status: 'cancelled', reason: '改期' });
  }
}

beforeAll(async () => {
  f = await summaryFixture(printer);
  theCase = richClosedCase(f.core);
  const db = f.core.sqlite;
  party = db.prepare('SELECT name, id_number, phone FROM parties WHERE case_id = ? AND id_number IS NOT NULL AND phone IS NOT NULL').get(theCase.id) as typeof party;
  task = db
    .prepare('SELECT t.request, t.reply_text, a.name AS agency FROM coordination_tasks t JOIN agencies a ON a.id = t.agency_id WHERE t.case_id = ? AND t.reply_text IS NOT NULL')
    .get(theCase.id) as typeof task;
  closing = db.prepare('SELECT outcome_summary, outcome_basis FROM cases WHERE id = ?').get(theCase.id) as typeof closing;
  await meeting('held', '2026年6月案情研判会', '2026-06-02T09:00:00+08:00');
  await meeting('cancelled', '2026年6月临时协调会', '2026-06-03T09:00:00+08:00');
  docx = bytesOf(await call<ExportFile>(f, 'summary.case', { caseId: theCase.id, format: 'docx' }));
  pdf = bytesOf(await call<ExportFile>(f, 'summary.case', { caseId: theCase.id, format: 'pdf' }));
}, 120_000);

const SECTIONS = ['一、基本情况', '二、当事人', '三、涉案行政机关及有关单位', '四、争议焦点及请求', '五、化解工作经过', '六、会议研究情况', '七、协调事项及部门答复', '八、化解结果及依据', '九、回访情况', '十、案件流程图'];

/**
 * `cell` checks text that sits in a table cell: in the DOCX it is contiguous, but pdftotext
 * interleaves the lines of neighbouring cells, so in the PDF its characters are checked in order.
 */
function expectContent(text: string, cell: (needle: string) => boolean = (n) => text.includes(n)) {
  expect(text).toContain(`${theCase.caseNumber}案件化解结果摘要`);
  let at = -1;
  for (const s of SECTIONS) {
    const next = text.indexOf(s, at + 1);
    expect(next, s).toBeGreaterThan(at);
    at = next;
  }
  expect(text).toContain(party.name);
  expect(text).toContain(`${party.id_number.slice(0, 4)}**********${party.id_number.slice(-4)}`);
  expect(text).not.toContain(party.id_number);
  expect(text).toContain(`${party.phone.slice(0, 3)}****${party.phone.slice(-4)}`);
  expect(text).not.toContain(party.phone);
  expect(text).toContain('被申请人');
  for (const stage of ['（一）受理', '（二）化解前', '（三）化解中', '（四）化解后', '（五）结案']) expect(text).toContain(stage);
  for (const needle of [task.agency, task.request, task.reply_text, '2026年6月案情研判会', DECISION]) expect(cell(squeeze(needle)), needle).toBe(true);
  expect(text).not.toContain('临时协调会');
  expect(text).toContain('化解成功（达成和解协议）');
  expect(text).toContain(squeeze(closing.outcome_summary));
  expect(text).toContain(squeeze(closing.outcome_basis));
  expect(text).toMatch(/回访结果：/);
}

describe('the case outcome summary', () => {
  it('DOCX: every section in order, the masked ID and phone (never the full ones), meetings, tasks and replies, outcome and basis, follow-up', () => {
    const parts = docxParts(docx);
    expectContent(squeeze(xmlText(parts.get('word/document.xml')!)));
    // Nowhere in the file, metadata included, is the full number.
    for (const [, xml] of parts) expect(xml).not.toContain(party.id_number);
  });

  it('DOCX: the flowchart is in it as pictures, one per page-high slice, at most the text width', () => {
    const parts = docxParts(docx);
    const rels = parts.get('word/_rels/document.xml.rels')!;
    const images = [...rels.matchAll(/Target="(media\/[^"]+\.png)"/g)];
    expect(images.length).toBeGreaterThanOrEqual(1);
    const extents = [...parts.get('word/document.xml')!.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]) / 36000, Number(m[2]) / 36000]);
    expect(extents).toHaveLength(images.length);
    for (const [w, h] of extents) {
      expect(w).toBeLessThanOrEqual(156.1);
      expect(h).toBeLessThanOrEqual(200.1);
    }
  });

  it('PDF: the same content, printed with the flowchart', () => {
    // Without -layout, pdftotext reads each table cell whole instead of interleaving the columns' lines.
    const pages = pdfPages(pdf, false);
    const text = squeeze(pages.join('')).replace(/—\d+—/g, '');
    expectContent(text, (needle) => inOrder(text, needle));
    // The chart's own heading is text in the PDF (the SVG is inline, not a picture of it).
    expect(text).toContain(`${theCase.caseNumber}案件办理流程图`);
  });

  it('the HTML the PDF is printed from has the flowchart inline as SVG', async () => {
    const slices = await loadCaseFigure(f.core, theCase.id);
    const html = documentHtml(caseSummaryDocument(readCaseSummary(f.core, theCase.id), slices));
    expect(html.match(/<svg\b/g)).toHaveLength(slices.length);
    expect(html.indexOf('十、案件流程图')).toBeLessThan(html.indexOf('<svg'));
    expect(html).not.toContain('data:image/png');
  });

  it('each export is audited with the SHA-256 of the file handed out, and reports its progress up to 100', async () => {
    const seen: number[] = [];
    const file = await call<ExportFile>(f, 'summary.case', { caseId: theCase.id, format: 'docx' }, (p) => seen.push(p.percent));
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(100);
    const entry = f.core.sqlite.prepare("SELECT entity_id, detail FROM audit_log WHERE action = 'export' ORDER BY seq DESC LIMIT 1").get() as { entity_id: string; detail: string };
    const detail = JSON.parse(entry.detail) as { kind: string; fileName: string; sha256: string; bytes: number };
    const { createHash } = await import('node:crypto');
    expect(entry.entity_id).toBe(theCase.id);
    expect(detail).toMatchObject({ kind: 'case_summary', fileName: `化解结果摘要-${theCase.caseNumber}.docx`, bytes: file.bytes });
    expect(detail.sha256).toBe(createHash('sha256').update(bytesOf(file)).digest('hex'));
  }, 60_000);

  it('a cancelled export is neither handed out nor logged', async () => {
    const count = () => (f.core.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'export'").get() as { n: number }).n;
    const before = count();
    const result = await dispatch(f.core, f.session, 'summary.case', { caseId: theCase.id, format: 'docx' }, {
      onProgress: () => void dispatch(f.core, f.session, 'jobs.cancel', { channel: 'summary.case' }),
    });
    expect(!result.ok && result.error.code).toBe('CANCELLED');
    expect(count()).toBe(before);
  });

  it('an open case gets a summary saying it is not closed yet; an unknown case is NOT_FOUND', async () => {
    const open = f.core.sqlite.prepare("SELECT id FROM cases WHERE status = 'open' AND stage = 'during' LIMIT 1").pluck().get() as string;
    const text = squeeze(xmlText(docxParts(bytesOf(await call<ExportFile>(f, 'summary.case', { caseId: open, format: 'docx' }))).get('word/document.xml')!));
    expect(text).toContain('本案尚未结案，当前处于化解中阶段。');
    const missing = await dispatch(f.core, f.session, 'summary.case', { caseId: 'no-such-case', format: 'docx' });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
  }, 60_000);

  it('PDF without a printer fails with PDF_UNAVAILABLE and logs nothing', async () => {
    const { core, session } = await setUpCore();
    const result = await dispatch(core, session, 'summary.case', { caseId: 'any', format: 'pdf' });
    expect(!result.ok && result.error.code).toBe('PDF_UNAVAILABLE');
    expect(core.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'export'").pluck().get()).toBe(0);
  });
});
