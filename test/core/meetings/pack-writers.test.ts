import { afterAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../electron/contract/schemas/cases';
import type { AgendaItem } from '../../../electron/contract/schemas/meetings';
import { chromiumPrinter, findChromium } from '../../../electron/core/documents/pdf/chromium-printer';
import { caseBrief } from '../../../electron/core/meetings/documents/case-brief';
import { renderPrintDocx } from '../../../electron/core/meetings/documents/docx/print-docx';
import { renderPrintHtml } from '../../../electron/core/meetings/documents/html/print-html';
import { agendaLabel, chineseNumber, meetingTimeZh } from '../../../electron/core/meetings/documents/labels';
import { packLayout } from '../../../electron/core/meetings/documents/pack-layout';
import type { MeetingPackModel } from '../../../electron/core/meetings/documents/pack-model';
import { docxParts, inOrder, pdfPages, pdfWordBoxes, squeeze, xmlText } from './pack-read';

const chromium = findChromium();
if (!chromium) throw new Error('These tests need Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
const printer = chromiumPrinter(chromium);
afterAll(() => printer.close());

const LONG = '行政争议化解工作台'.repeat(30) + 'X'.repeat(120);

/** A hand-made pack: one case brief with very long unbroken text in its tables, one topic. */
function model(): MeetingPackModel {
  return {
    cover: {
      centerName: '秦皇岛市行政争议化解中心',
      title: '十二月案情研判会',
      kind: '案情研判会',
      seriesName: null,
      time: '2026年12月3日（星期四）09:00—11:00',
      place: '第一调解室（中心一楼101室）',
      organiser: '张协调',
      compiledOn: '2026年11月27日',
    },
    agenda: [
      { number: 1, label: '议程一', subject: `行化〔2026〕15号 ${LONG}`, presenter: '张协调', minutes: 30 },
      { number: 2, label: '议程二', subject: '年度化解工作情况通报', presenter: null, minutes: 15 },
    ],
    attendees: [{ name: '<b>王科长</b> & 助理', unit: LONG, title: '科长', role: '出席' }],
    signIn: [{ name: '<b>王科长</b> & 助理', unit: LONG, title: '科长', role: '出席' }],
    blankSignInRows: 2,
    briefs: [
      {
        kind: 'case',
        agendaNumber: 1,
        runningHead: '议程一\u3000案情简介\u3000行化〔2026〕15号',
        caseNumber: '行化〔2026〕15号',
        caseTitle: '王某诉市自然资源和规划局房屋征收补偿决定案',
        facts: [
          ['争议类型', '土地房屋征收补偿'],
          ['案件来源', '诉前委派'],
        ],
        parties: [{ role: '申请人', name: LONG, idNumber: '1303**********1234' }],
        disputeFocus: LONG,
        claims: null,
        agencies: [{ name: '秦皇岛市自然资源和规划局', role: '被申请人' }],
        progress: [{ stage: '化解前', entries: [{ date: '10月9日', text: LONG }], omitted: 2 }],
        clocks: [{ name: '化解期限', dueOn: '2026年12月8日', state: '剩余11日' }],
        proposedPlan: '重新评估。',
        questions: '是否同意？',
      },
      { kind: 'topic', agendaNumber: 2, runningHead: '议程二\u3000议题说明', topic: '年度化解工作情况通报', presenter: null, proposedPlan: '通报全年情况。', questions: null },
    ],
    carriedOver: [],
    minutesHeader: { time: '2026年12月3日（星期四）09:00—11:00', place: null, chair: '张协调' },
    minutesItems: [
      { runningHead: '议程一\u3000会议记录', label: '议程一', subject: '行化〔2026〕15号' },
      { runningHead: '议程二\u3000会议记录', label: '议程二', subject: '年度化解工作情况通报' },
    ],
  };
}

function caseDetail(idNumber: string): CaseDetail {
  return {
    id: 'c1', caseNumber: '行化〔2026〕15号', courtNumber: null, title: '王某诉某局案', source: 'court_delegated',
    category: { id: 'k', name: '土地房屋征收补偿' }, mediabilityFlags: [], complexity: 'simple', stage: 'pre', status: 'open',
    coordinator: { id: 'o', name: '张协调' }, disputeFocus: '补偿标准', claims: null, amountYuan: null, receivedOn: '2026-11-20',
    acceptedOn: '2026-11-21', closedOn: null, outcome: null, outcomeSummary: null, outcomeBasis: null,
    isTypical: false, courtFilingNumber: null, courtFiledOn: null, unsynced: false, notes: null, templateVersion: 1,
    parties: [{ id: 'p', role: 'applicant', kind: 'person', name: '王某', idType: 'resident_id', idNumber, phone: '13800000000', address: '海港区某路1号' }],
    agencies: [], steps: [], activities: [], clocks: [], history: [], updatedAt: '2026-11-27T02:00:00.000Z',
  };
}

const item: AgendaItem = {
  id: 'a', sort: 0, caseId: 'c1', caseNumber: '行化〔2026〕15号', caseTitle: '王某诉某局案', topic: null, presenter: '李秘书',
  minutesAllotted: 20, proposedPlan: null, questions: null, discussion: null, decision: null,
};

describe('pack writers on a hand-made model', () => {
  it('keeps every table inside the text block in the PDF, however long the unbroken text in a cell', async () => {
    const pdf = await printer.print(renderPrintHtml(packLayout(model())));
    const words = pdfWordBoxes(pdf);
    expect(words.length).toBeGreaterThan(100);
    const mm = 72 / 25.4;
    // Text block: 28 mm from the left, 26 mm from the right; 3 pt of tolerance for glyph boxes and
    // the PDF's page size rounding (an overflowing cell would stick out by hundreds of points).
    const outside = words.filter((w) => w.xMin < 28 * mm - 3 || w.xMax > w.pageWidth - 26 * mm + 3);
    expect(outside).toEqual([]);
    expect(squeeze(pdfPages(pdf, false).join(''))).toContain('XXXXXXXXXX');
  }, 60_000);

  it('prints user text literally (no HTML injection) and gives each topic with a plan its own page', async () => {
    const html = renderPrintHtml(packLayout(model()));
    expect(html).not.toContain('<b>王科长</b>');
    const pages = pdfPages(await printer.print(html));
    expect(pages.some((p) => inOrder(squeeze(p), '<b>王科长</b>&助理'))).toBe(true);
    const topic = pages.find((p) => /^\s*议题说明\s*$/m.test(p))!;
    expect(squeeze(topic.split('\n').find((line) => line.trim())!)).toBe('议程二议题说明');
    expect(topic).toContain('通报全年情况。');
  }, 60_000);

  it('writes DOCX tables with a fixed layout, sign-in rows tall enough to sign, and a header per part', async () => {
    const parts = docxParts(await renderPrintDocx(packLayout(model())));
    const body = parts.get('word/document.xml')!;
    const tables = body.match(/<w:tbl>/g)!.length;
    expect(body.match(/<w:tblLayout w:type="fixed"\/>/g)).toHaveLength(tables);
    // 12 mm rows: 680 twips, at least.
    expect(body).toMatch(/<w:trHeight w:val="680" w:hRule="atLeast"\/>/);
    const headers = [...parts].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => xmlText(xml));
    for (const head of ['会议议程', '签到表', '议程一\u3000案情简介\u3000行化〔2026〕15号', '议程二\u3000议题说明', '议程二\u3000会议记录']) {
      expect(headers).toContain(head);
    }
    expect(xmlText(body)).toContain('&lt;b&gt;王科长&lt;/b&gt; &amp; 助理');
  });
});

describe('the case brief', () => {
  it('masks a full ID number even when the case detail carries it unmasked, and leaves out phone and address', () => {
    const brief = caseBrief(caseDetail('130302198001011234'), item, 3, '2026-11-27');
    expect(brief.parties).toEqual([{ role: '申请人', name: '王某', idNumber: '1303**********1234' }]);
    expect(JSON.stringify(brief)).not.toMatch(/130302198001011234|13800000000|海港区某路/);
    expect(brief.runningHead).toBe('议程三\u3000案情简介\u3000行化〔2026〕15号');
    expect(brief.facts).toContainEqual(['汇报人', '李秘书']);
  });

  it('masking an already masked number changes nothing', () => {
    expect(caseBrief(caseDetail('1303**********1234'), item, 1, '2026-11-27').parties[0]!.idNumber).toBe('1303**********1234');
  });
});

describe('document words', () => {
  it('numbers agenda items in Chinese', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 35].map(chineseNumber)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '三十五']);
    expect(agendaLabel(12)).toBe('议程十二');
  });

  it('prints meeting times in China time, with both dates when a meeting runs past midnight', () => {
    expect(meetingTimeZh('2026-12-03T01:00:00.000Z', '2026-12-03T03:00:00.000Z')).toBe('2026年12月3日（星期四）09:00—11:00');
    expect(meetingTimeZh('2026-12-03T13:00:00.000Z', '2026-12-03T17:00:00.000Z')).toBe('2026年12月3日（星期四）21:00—2026年12月4日（星期五）01:00');
  });
});
