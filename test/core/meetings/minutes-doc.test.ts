import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail, SavedFiles } from '../../../electron/contract/schemas/meetings';
import { chromiumPrinter, findChromium } from '../../../electron/core/documents/pdf/chromium-printer';
import { dispatch } from '../../../electron/core/handlers/registry';
import { bytesOf, docxParts, inOrder, pdfPages, squeeze, xmlText } from './pack-read';
import { documentCall, packFixture, type PackFixture } from './pack-fixture';

const chromium = findChromium();
if (!chromium) throw new Error('These tests need Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
const printer = chromiumPrinter(chromium);
afterAll(() => printer.close());

const DECISION = '同意由被申请人会同属地政府重新核定补偿面积，十二月底前形成化解协议草案。';
const DISCUSSION = '与会单位认为补偿面积认定依据不足，申请人诉求有一定合理性。';
const ACTIONS = ['提交补偿面积核定的书面情况说明及证据材料', '牵头组织现场踏勘并形成踏勘记录'];

let f: PackFixture;
let meeting: MeetingDetail;
let saved: SavedFiles;
let docx: string;
let pdf: string;

/** A two-case meeting held on Wednesday 2026-11-25, its minutes finalised with two action items. */
beforeAll(async () => {
  f = await packFixture({
    cases: 2,
    host: { printPdf: printer.print },
    draft: { title: '十一月专题研判会', startsAt: '2026-11-25T09:00:00+08:00', endsAt: '2026-11-25T11:00:00+08:00', roomId: null, place: '市司法局三楼会议室' },
  });
  const before = (await dispatch(f.core, f.session, 'meetings.get', { id: f.meetingId })) as { ok: true; value: MeetingDetail };
  const m = before.value;
  const agency = f.core.sqlite.prepare("SELECT agency_id FROM case_agencies WHERE case_id = ? AND role = 'respondent'").pluck().get(f.caseIds[0]) as string;
  const contact = f.core.sqlite.prepare('SELECT id FROM agency_contacts WHERE agency_id = ? LIMIT 1').pluck().get(agency) as string | undefined;
  const absent = m.invitees.find((i) => i.kind === 'court_staff')!;
  const result = await dispatch(f.core, f.session, 'meetings.saveMinutes', {
    meetingId: m.id,
    summary: '会议听取了两件行政争议案件的情况汇报，逐案研究了化解方案。',
    attendance: m.invitees.map((i) => ({ inviteeId: i.id, attended: i.id !== absent.id })),
    items: [
      { agendaItemId: m.agenda[0]!.id, discussion: DISCUSSION, decision: DECISION },
      { agendaItemId: m.agenda[1]!.id, decision: '继续观察，下次会议再议。' },
    ],
    actionItems: [
      { agendaItemId: m.agenda[0]!.id, agencyId: agency, contactId: contact ?? null, description: ACTIONS[0], dueOn: '2026-12-04' },
      { agendaItemId: m.agenda[0]!.id, agencyId: agency, description: ACTIONS[1], dueOn: '2026-12-09' },
    ],
    finalise: true,
  });
  if (!result.ok) throw new Error(`saveMinutes: ${result.error.message.en}`);
  meeting = result.value as MeetingDetail;
  saved = await documentCall(f, 'meetings.minutesExport', { id: f.meetingId });
  docx = xmlText(docxParts(bytesOf(saved.files[0]!)).get('word/document.xml')!);
  pdf = squeeze(pdfPages(bytesOf(saved.files[1]!), false).join(''));
}, 120_000);

describe('the minutes export (会议纪要)', () => {
  it('hands back a DOCX and a PDF named after the meeting', () => {
    expect(saved.files.map((x) => x.fileName)).toEqual(['会议纪要-2026-11-25-十一月专题研判会.docx', '会议纪要-2026-11-25-十一月专题研判会.pdf']);
  });

  it('has the 纪要 heading, time, place, chair and attendance with the absent listed as 请假', () => {
    const absent = meeting.invitees.find((i) => i.attended === false)!;
    for (const text of [docx, pdf]) {
      expect(text).toContain('秦皇岛市行政争议化解中心会议纪要');
      expect(text).toContain('十一月专题研判会纪要');
      expect(text).toContain('时间：2026年11月25日（星期三）09:00—11:00');
      expect(text).toContain('地点：市司法局三楼会议室');
      expect(text).toMatch(/出席：/);
      expect(text).toContain(`请假：${absent.name}`);
    }
    const present = meeting.invitees.filter((i) => i.attended && i.role !== 'optional' && i.role !== 'non_participant');
    for (const p of present) expect(docx).toContain(p.name);
  });

  it('records each agenda item’s discussion and decision', () => {
    expect(docx).toContain(DISCUSSION);
    expect(docx).toContain(DECISION);
    expect(docx).toContain('继续观察，下次会议再议。');
    expect(pdf).toContain(squeeze(DISCUSSION));
    expect(pdf).toContain(squeeze(DECISION));
    // One heading per agenda item, then the action items.
    expect(docx).toMatch(/一、行化〔2026〕\d+号.*二、行化〔2026〕\d+号.*三、交办事项/);
  });

  it('lists the action items with agency, contact, due date and the status of the task each became', () => {
    const agency = meeting.actionItems[0]!.agencyName!;
    expect(meeting.actionItems.every((a) => a.taskId !== null)).toBe(true);
    expect(docx).toContain('事项责任单位联系人完成时限状态');
    for (const [i, description] of ACTIONS.entries()) {
      expect(docx).toContain(description);
      expect(inOrder(pdf, squeeze(description))).toBe(true);
      const due = ['2026年12月4日', '2026年12月9日'][i]!;
      expect(docx).toContain(due);
      expect(inOrder(pdf, due)).toBe(true);
    }
    expect(docx).toContain(agency);
    expect(docx).toContain('已发出');
    if (meeting.actionItems[0]!.contactName) expect(docx).toContain(meeting.actionItems[0]!.contactName);
  });

  it('is audited as a minutes export', () => {
    const kinds = f.core.sqlite
      .prepare("SELECT json_extract(detail, '$.kind') FROM audit_log WHERE action = 'export' AND entity_id = ? ORDER BY seq")
      .pluck()
      .all(f.meetingId);
    expect(kinds).toEqual(['meeting_minutes', 'meeting_minutes']);
  });
});
