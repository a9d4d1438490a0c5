import { chineseDate } from '../../documents/chinese-date';
import type { OfficialBlock, OfficialDocument } from '../../documents/official-docx';
import { chineseNumber, shortDateZh } from '../../meetings/documents/labels';
import type { FigureSlice } from './flowchart-figure';
import type { CaseSummaryModel, SummaryActivity } from './summary-model';
import { balancedTitle } from './title-lines';

/**
 * The case outcome summary (化解结果摘要 / 结案报告) as an official document (GB/T 9704): the
 * center as issuer, "行化〔2026〕3号案件化解结果摘要" as title, numbered sections 一、二、…, the
 * flowchart of the case's path last, signed by the center on the day it is made. Written in
 * Chinese whatever the UI language: it is a document the center files and sends.
 */

/** Ends a sentence with 。 unless it already ends with punctuation. */
export function sentence(text: string): string {
  const t = text.trim();
  return /[。！？；：…）」”.!?]$/.test(t) ? t : `${t}。`;
}

/** 化解成功：达成和解协议 → 化解成功（达成和解协议）, for use inside a sentence. */
export function outcomeWords(label: string): string {
  const [head, tail] = label.split('：');
  return tail ? `${head}（${tail}）` : label;
}

function yuan(amount: number): string {
  return `${amount.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}元`;
}

function basics(m: CaseSummaryModel): string[][] {
  const rows: [string, string | null][] = [
    ['案号', m.caseNumber],
    ['案件名称', m.title],
    ['法院案号', m.courtNumber],
    ['案件来源', m.source],
    ['争议类型', m.category],
    ['繁简程度', m.complexity],
    ['收案日期', chineseDate(m.receivedOn)],
    ['受理日期', m.acceptedOn ? chineseDate(m.acceptedOn) : '尚未受理'],
    ['结案日期', m.outcome ? chineseDate(m.outcome.closedOn) : `尚未结案（${m.stageLabel}）`],
    ['协调员', m.coordinator],
    ['涉案金额', m.amountYuan !== null ? yuan(m.amountYuan) : null],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== null && r[1] !== '');
}

/** One line of the work log: the step, what was done, and its result on a line of its own. */
function workText(a: SummaryActivity): string {
  const what = `${a.step ? `【${a.step}】` : ''}${sentence(a.description)}`;
  return a.result ? `${what}\n结果：${sentence(a.result)}` : what;
}

function timeline(m: CaseSummaryModel, refYear: number): OfficialBlock[] {
  if (m.stages.length === 0) return [{ kind: 'paragraph', text: '本案尚未记录工作情况。' }];
  return m.stages.flatMap((s, i): OfficialBlock[] => [
    { kind: 'heading', level: 2, text: `（${chineseNumber(i + 1)}）${s.label}` },
    {
      kind: 'table',
      header: ['日期', '工作情况'],
      rows: s.activities.map((a) => [shortDateZh(a.date, refYear), workText(a)]),
      widths: [1.25, 6],
    },
  ]);
}

function meetings(m: CaseSummaryModel, refYear: number): OfficialBlock[] {
  if (m.meetings.length === 0) return [{ kind: 'paragraph', text: '本案未提交会议研究。' }];
  return [
    {
      kind: 'table',
      header: ['日期', '会议', '议定事项'],
      rows: m.meetings.map((x) => [shortDateZh(x.date, refYear), `${x.title}\n（${x.kind}）`, x.decision ?? '—']),
      widths: [1.25, 2.75, 4.25],
    },
  ];
}

function tasks(m: CaseSummaryModel, refYear: number): OfficialBlock[] {
  if (m.tasks.length === 0) return [{ kind: 'paragraph', text: '本案未向有关单位发出协调事项。' }];
  const d = (date: string) => shortDateZh(date, refYear);
  return [
    {
      kind: 'table',
      header: ['承办单位', '协调事项', '发出日期\n答复期限', '答复情况'],
      rows: m.tasks.map((t) => [
        t.agency,
        t.request,
        `${d(t.sentOn)}\n${d(t.dueOn)}`,
        t.reply
          ? `${t.repliedOn ? `${d(t.repliedOn)}答复：` : '答复：'}${t.reply}`
          : `${t.status}，尚未答复${t.overdue ? '（已超期）' : ''}`,
      ]),
      widths: [2, 2.75, 1.4, 3.6],
    },
  ];
}

function outcome(m: CaseSummaryModel): OfficialBlock[] {
  if (!m.outcome) return [{ kind: 'paragraph', text: `本案尚未结案，当前处于${m.stageLabel}阶段。` }];
  const o = m.outcome;
  return [
    { kind: 'paragraph', text: `本案于${chineseDate(o.closedOn)}结案，化解结果为${outcomeWords(o.label)}。` },
    ...(o.summary ? [{ kind: 'paragraph' as const, text: `结果说明：${sentence(o.summary)}` }] : []),
    { kind: 'paragraph', text: `结案依据：${o.basis ? sentence(o.basis) : '未填写。'}` },
  ];
}

function followUps(m: CaseSummaryModel): OfficialBlock[] {
  if (m.followUps.length === 0) return [{ kind: 'paragraph', text: m.outcome?.resolved === false ? '本案化解不成，无需回访。' : '尚未记录回访情况。' }];
  return m.followUps.map((a) => ({
    kind: 'paragraph',
    text: `${chineseDate(a.date)}，${sentence(a.description)}${a.result ? `回访结果：${sentence(a.result)}` : ''}`,
  }));
}

/** The flowchart in its page-high slices, one after the other. */
function flowchart(slices: readonly FigureSlice[]): OfficialBlock[] {
  return slices.map((f, i) => ({
    kind: 'image',
    png: f.png,
    svg: f.svg,
    widthMm: f.widthMm,
    heightMm: f.heightMm,
    alt: slices.length > 1 ? `案件流程图（${i + 1}/${slices.length}）` : '案件流程图',
  }));
}

export function caseSummaryTitle(caseNumber: string): string {
  return `${caseNumber}案件化解结果摘要`;
}

export function caseSummaryDocument(m: CaseSummaryModel, figure: readonly FigureSlice[]): OfficialDocument {
  const refYear = Number(m.receivedOn.slice(0, 4));
  const sections: [string, OfficialBlock[]][] = [
    ['基本情况', [{ kind: 'table', header: [], rows: basics(m), widths: [1, 3.5] }]],
    [
      '当事人',
      m.parties.length
        ? [
            {
              kind: 'table',
              header: ['身份', '姓名或名称', '证件号码', '联系电话'],
              rows: m.parties.map((p) => [p.role, p.name, p.idNumber ?? '—', p.phone ?? '—']),
              widths: [1.1, 2.8, 3.1, 2.2],
            },
          ]
        : [{ kind: 'paragraph', text: '未登记当事人。' }],
    ],
    [
      '涉案行政机关及有关单位',
      m.agencies.length
        ? [{ kind: 'table', header: ['单位', '角色'], rows: m.agencies.map((a) => [a.name, a.role]), widths: [4, 1.3] }]
        : [{ kind: 'paragraph', text: '未登记涉案单位。' }],
    ],
    [
      '争议焦点及请求',
      [
        { kind: 'heading', level: 2, text: '（一）争议焦点' },
        { kind: 'paragraph', text: m.disputeFocus ? sentence(m.disputeFocus) : '未填写。' },
        { kind: 'heading', level: 2, text: '（二）当事人请求' },
        { kind: 'paragraph', text: m.claims ? sentence(m.claims) : '未填写。' },
      ],
    ],
    ['化解工作经过', timeline(m, refYear)],
    ['会议研究情况', meetings(m, refYear)],
    ['协调事项及部门答复', tasks(m, refYear)],
    ['化解结果及依据', outcome(m)],
    ['回访情况', followUps(m)],
    ['案件流程图', flowchart(figure)],
  ];
  return {
    issuer: m.centerName,
    title: balancedTitle(caseSummaryTitle(m.caseNumber)),
    blocks: sections.flatMap(([heading, blocks], i): OfficialBlock[] => [
      { kind: 'heading', level: 1, text: `${chineseNumber(i + 1)}、${heading}` },
      ...blocks,
    ]),
    signature: { issuer: m.centerName, date: m.today },
  };
}
