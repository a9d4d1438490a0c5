import { chineseNumber } from './labels';
import type { CaseBrief, MeetingPackModel, PackBrief, TopicBrief } from './pack-model';
import { RUNNING_HEADS } from './pack-model';
import type { PrintBlock, PrintDocument, PrintPart } from './print/print-model';

/**
 * The pack's pages, in order: cover, agenda, attendee list, sign-in sheet, one brief per agenda
 * case (or topic with a plan), the carried-over action items, and the minutes template — each a
 * part with its own running head, so every page says which agenda item it belongs to.
 */

/** Room to sign by hand: 12 mm rows. */
const SIGN_ROW_MM = 12;
/** Room to fill in an action item by hand. */
const ACTION_ROW_MM = 10;

const NONE = '无';

function heading(level: 1 | 2, text: string): PrintBlock {
  return { kind: 'heading', level, text };
}

function paragraphs(text: string | null, empty: string): PrintBlock[] {
  return [{ kind: 'paragraph', text: text?.trim() ? text.trim() : empty }];
}

function cover(model: MeetingPackModel): PrintPart {
  const c = model.cover;
  return {
    name: 'cover',
    runningHead: null,
    numbered: false,
    blocks: [
      { kind: 'space', lines: 2 },
      { kind: 'title', text: c.centerName },
      { kind: 'space', lines: 2 },
      { kind: 'title', text: c.title },
      { kind: 'title', text: '会议材料', large: true },
      { kind: 'space', lines: 3 },
      { kind: 'field', label: '会议类型：', text: c.seriesName ? `${c.kind}（${c.seriesName}）` : c.kind },
      { kind: 'field', label: '会议时间：', text: c.time },
      { kind: 'field', label: '会议地点：', text: c.place ?? '另行通知' },
      { kind: 'field', label: '组\u3000\u3000织：', text: c.organiser ?? c.centerName },
      { kind: 'space', lines: 3 },
      { kind: 'right', text: c.centerName },
      { kind: 'right', text: c.compiledOn },
    ],
  };
}

function agenda(model: MeetingPackModel): PrintPart {
  const total = model.agenda.reduce((sum, a) => sum + (a.minutes ?? 0), 0);
  return {
    name: 'agenda',
    runningHead: RUNNING_HEADS.agenda,
    numbered: true,
    blocks: [
      { kind: 'title', text: '会议议程' },
      { kind: 'space', lines: 1 },
      { kind: 'field', label: '时间：', text: model.cover.time },
      { kind: 'field', label: '地点：', text: model.cover.place ?? '另行通知' },
      ...(model.minutesHeader.chair ? [{ kind: 'field', label: '主持：', text: model.minutesHeader.chair } as const] : []),
      { kind: 'space', lines: 1 },
      {
        kind: 'table',
        header: ['序号', '议题', '汇报人', '时长'],
        rows: model.agenda.map((a) => [a.label, a.subject, a.presenter ?? '', a.minutes ? `${a.minutes}分钟` : '']),
        widths: [1.4, 6, 1.6, 1.3],
      },
      ...(total > 0 ? [{ kind: 'paragraph', text: `以上议题合计约${total}分钟。` } as const] : []),
    ],
  };
}

function attendees(model: MeetingPackModel): PrintPart {
  return {
    name: 'attendees',
    runningHead: RUNNING_HEADS.attendees,
    numbered: true,
    blocks: [
      { kind: 'title', text: '参会人员名单' },
      { kind: 'space', lines: 1 },
      model.attendees.length
        ? {
            kind: 'table',
            header: ['序号', '姓名', '单位', '职务', '参会'],
            rows: model.attendees.map((a, i) => [String(i + 1), a.name, a.unit, a.title, a.role]),
            widths: [0.9, 1.5, 4.1, 2.5, 1],
          }
        : { kind: 'paragraph', text: '参会人员另行通知。' },
    ],
  };
}

function signIn(model: MeetingPackModel): PrintPart {
  const rows = [
    ...model.signIn.map((a, i) => [String(i + 1), a.name, a.unit, a.title, '']),
    ...Array.from({ length: model.blankSignInRows }, (_, i) => [String(model.signIn.length + i + 1), '', '', '', '']),
  ];
  return {
    name: 'sign-in',
    runningHead: RUNNING_HEADS.signIn,
    numbered: true,
    blocks: [
      { kind: 'title', text: '签到表' },
      { kind: 'centered', text: model.cover.title, font: 'kai' },
      { kind: 'centered', text: model.cover.time, font: 'body' },
      ...(model.cover.place ? [{ kind: 'centered', text: model.cover.place, font: 'body' } as const] : []),
      { kind: 'form', header: ['序号', '姓名', '单位', '职务', '签名'], rows, widths: [0.9, 1.5, 3.4, 2.4, 2.3], rowHeightMm: SIGN_ROW_MM },
    ],
  };
}

/** Label/value pairs two to a row: a compact 基本情况 table. */
function factRows(facts: [string, string][]): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < facts.length; i += 2) rows.push([...facts[i]!, ...(facts[i + 1] ?? ['', ''])]);
  return rows;
}

/** 被申请人：A；牵头单位：B；配合单位：C、D — one line per role, in the case's role order. */
function agencyLines(agencies: CaseBrief['agencies']): PrintBlock[] {
  const byRole = new Map<string, string[]>();
  for (const a of agencies) byRole.set(a.role, [...(byRole.get(a.role) ?? []), a.name]);
  return [...byRole].map(([role, names]): PrintBlock => ({ kind: 'paragraph', text: `${role}：${names.join('、')}` }));
}

function caseBriefBlocks(b: CaseBrief): PrintBlock[] {
  let n = 0;
  const h = (text: string) => heading(1, `${chineseNumber((n += 1))}、${text}`);
  // The stage is named on its first row, with how many earlier entries were left out.
  const progressRows = b.progress.flatMap((s) =>
    s.entries.map((e, i) => [i === 0 ? (s.omitted > 0 ? `${s.stage}\n（前${s.omitted}项略）` : s.stage) : '', e.date, e.text]),
  );
  return [
    { kind: 'title', text: '案情简介' },
    { kind: 'centered', text: b.caseNumber, font: 'body' },
    { kind: 'centered', text: b.caseTitle, font: 'kai' },
    h('基本情况'),
    { kind: 'table', header: [], rows: factRows(b.facts), widths: [1.2, 2.6, 1.2, 2.6] },
    h('当事人'),
    b.parties.length
      ? { kind: 'table', header: ['身份', '姓名或名称', '证件号码'], rows: b.parties.map((p) => [p.role, p.name, p.idNumber ?? '']), widths: [1.2, 3.6, 3.6] }
      : { kind: 'paragraph', text: NONE },
    h('争议焦点'),
    ...paragraphs(b.disputeFocus, '尚未归纳。'),
    ...(b.claims?.trim() ? [{ kind: 'paragraph', text: `申请人请求：${b.claims.trim()}` } as const] : []),
    h('涉及单位及职责'),
    ...(b.agencies.length ? agencyLines(b.agencies) : [{ kind: 'paragraph', text: NONE } as const]),
    h('化解进展'),
    progressRows.length
      ? { kind: 'table', header: ['阶段', '日期', '工作情况'], rows: progressRows, widths: [1.8, 1.5, 6.5] }
      : { kind: 'paragraph', text: '尚无工作记录。' },
    h('期限情况'),
    b.clocks.length
      ? { kind: 'table', header: ['期限', '届满日期', '状态'], rows: b.clocks.map((c) => [c.name, c.dueOn, c.state]), widths: [3, 2.6, 2.2] }
      : { kind: 'paragraph', text: '无进行中的期限。' },
    h('拟化解方案'),
    ...paragraphs(b.proposedPlan, '（由汇报人在会上说明。）'),
    h('提请会议研究的问题'),
    ...paragraphs(b.questions, '（由汇报人在会上说明。）'),
  ];
}

function topicBlocks(b: TopicBrief): PrintBlock[] {
  return [
    { kind: 'title', text: '议题说明' },
    { kind: 'centered', text: b.topic, font: 'kai' },
    { kind: 'space', lines: 1 },
    ...(b.presenter ? [{ kind: 'field', label: '汇报人：', text: b.presenter } as const] : []),
    heading(1, '一、拟议方案'),
    ...paragraphs(b.proposedPlan, '（由汇报人在会上说明。）'),
    heading(1, '二、提请会议研究的问题'),
    ...paragraphs(b.questions, '（由汇报人在会上说明。）'),
  ];
}

function brief(b: PackBrief): PrintPart {
  return {
    name: `item-${b.agendaNumber}`,
    runningHead: b.runningHead,
    numbered: true,
    blocks: b.kind === 'case' ? caseBriefBlocks(b) : topicBlocks(b),
  };
}

function carriedOver(model: MeetingPackModel): PrintPart {
  const items = model.carriedOver;
  return {
    name: 'carried-over',
    runningHead: RUNNING_HEADS.carriedOver,
    numbered: true,
    blocks: [
      { kind: 'title', text: '前次会议交办事项落实情况' },
      { kind: 'space', lines: 1 },
      items.length
        ? {
            kind: 'table',
            header: ['序号', '交办事项', '责任单位', '完成时限', '办理状态'],
            rows: items.map((c, i) => [
              String(i + 1),
              [c.caseNumber ? `${c.caseNumber}：${c.description}` : c.description, c.fromMeeting ? `（${c.fromMeeting}交办）` : '']
                .filter(Boolean)
                .join('\n'),
              c.contact ? `${c.agency}\n（${c.contact}）` : c.agency,
              c.dueOn ?? '',
              c.status,
            ]),
            widths: [0.8, 4.3, 2.3, 2.4, 1.7],
          }
        : { kind: 'paragraph', text: '此前会议交办的事项均已办结，或本会议不属于会议系列。' },
      ...(items.some((c) => c.overdue) ? [{ kind: 'paragraph', text: `其中${items.filter((c) => c.overdue).length}项已超过完成时限。` } as const] : []),
    ],
  };
}

function minutesTemplate(model: MeetingPackModel): PrintPart[] {
  const h = model.minutesHeader;
  const head: PrintPart = {
    name: 'minutes',
    runningHead: RUNNING_HEADS.minutes,
    numbered: true,
    blocks: [
      { kind: 'title', text: '会议记录' },
      { kind: 'centered', text: model.cover.title, font: 'kai' },
      { kind: 'space', lines: 1 },
      { kind: 'field', label: '时间：', text: h.time },
      { kind: 'field', label: '地点：', text: h.place ?? '' },
      { kind: 'field', label: '主持：', text: h.chair ?? '' },
      { kind: 'field', label: '出席：', text: '' },
      { kind: 'lines', count: 3 },
      { kind: 'field', label: '列席：', text: '' },
      { kind: 'lines', count: 2 },
      { kind: 'field', label: '请假：', text: '' },
      { kind: 'lines', count: 1 },
      { kind: 'field', label: '记录：', text: '' },
    ],
  };
  const items = model.minutesItems.map(
    (item, i): PrintPart => ({
      name: `minutes-${i + 1}`,
      runningHead: item.runningHead,
      numbered: true,
      blocks: [
        heading(1, `${item.label}\u3000${item.subject}`),
        heading(2, '（一）讨论情况'),
        { kind: 'lines', count: 7 },
        heading(2, '（二）会议议定'),
        { kind: 'lines', count: 4 },
        heading(2, '（三）交办事项'),
        {
          kind: 'form',
          header: ['事项', '责任单位', '联系人', '完成时限'],
          rows: [['', '', '', ''], ['', '', '', ''], ['', '', '', '']],
          widths: [4.4, 2.6, 1.6, 1.8],
          rowHeightMm: ACTION_ROW_MM,
        },
      ],
    }),
  );
  return [head, ...items];
}

export function packLayout(model: MeetingPackModel): PrintDocument {
  return {
    title: `${model.cover.title}会议材料`,
    creator: model.cover.centerName,
    parts: [
      cover(model),
      agenda(model),
      attendees(model),
      signIn(model),
      ...model.briefs.map(brief),
      carriedOver(model),
      ...minutesTemplate(model),
    ],
  };
}
