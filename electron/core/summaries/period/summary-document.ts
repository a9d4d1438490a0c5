import type { PeriodFigures } from '../../../contract/schemas/period-summary';
import { chineseDate } from '../../documents/chinese-date';
import { svgToPng } from '../../flowcharts';
import type { OfficialBlock, OfficialDocument } from '../../documents/official-docx';
import type { Chart } from './charts';
import { CLOCK_KIND_ZH, daysText, OUTCOME_ZH, rateText, SOURCE_ZH, STAGE_ZH } from './labels';
import { summaryTitle, type SummaryPeriod } from './period';

/**
 * The period summary as an official document (the model both the DOCX and the PDF are written
 * from): the overall figures and the monthly trend, open cases by stage, then by category,
 * source, respondent agency and outcome (tables with their charts), overdue work, the agency
 * heads' court appearances, and the typical cases. Every table of the document is also a sheet of
 * the XLSX, in full; the document shortens the long ones (agencies, overdue items) to what a
 * reader takes in, and says so.
 */

/** Agencies listed by name in the document; the rest are summed in one row (the XLSX lists all). */
export const DOCUMENT_AGENCIES = 15;
/** Overdue clocks and tasks listed in the document, most overdue first. */
export const DOCUMENT_OVERDUE = 15;

const NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export interface ChartImage extends Chart {
  png?: Uint8Array;
}

/** The PNG of each chart for the DOCX (the PDF inlines the SVG). */
export function withPng(charts: readonly Chart[]): ChartImage[] {
  return charts.map((c) => ({ ...c, png: svgToPng(c.svg, 2) }));
}

function figureBlocks(chart: ChartImage | undefined): OfficialBlock[] {
  if (!chart) return [];
  return [{ kind: 'image', png: chart.png ?? new Uint8Array(), svg: chart.svg, widthMm: chart.widthMm, heightMm: chart.heightMm, alt: chart.caption }];
}

const n = (x: number) => String(x);

function overall(f: PeriodFigures, p: SummaryPeriod): string {
  const t = f.totals;
  const end = chineseDate(p.asOf);
  const parts: string[] = [];
  parts.push(t.received > 0 ? `本期共受理行政争议案件${t.received}件` : '本期未受理行政争议案件');
  if (t.closed > 0) {
    parts.push(
      `办结${t.closed}件，其中化解成功${t.resolved}件，化解率${rateText(f.resolutionRate)}；` +
        `以申请人撤回申请或达成和解、调解协议方式办结${t.withdrawnOrSettled}件，调撤率${rateText(f.withdrawalRate)}`,
    );
    parts.push(`办结案件用时中位数为${daysText(f.daysToClose.median)}，90%的案件在${daysText(f.daysToClose.p90)}内办结`);
  } else {
    parts.push('本期无办结案件');
  }
  return `${parts.join('；')}。截至${end}，在办案件${t.openAtEnd}件。`;
}

const GROUP_WIDTHS = [40, 14, 14, 16, 16];
/** Agency names run to 16 characters: a wider first column, the numbers' columns just wide enough for 化解成功. */
const AGENCY_WIDTHS = [50, 11, 11, 14, 14];

function groupTable(header: string, rows: { name: string; received: number; closed: number; resolved: number; resolutionRate: number | null }[], widths = GROUP_WIDTHS): OfficialBlock {
  return {
    kind: 'table',
    header: [header, '受理', '办结', '化解成功', '化解率'],
    rows: rows.map((r) => [r.name, n(r.received), n(r.closed), n(r.resolved), rateText(r.resolutionRate)]),
    widths,
  };
}

function sumRows<T extends { received: number; closed: number; resolved: number }>(rows: readonly T[]) {
  return rows.reduce((s, r) => ({ received: s.received + r.received, closed: s.closed + r.closed, resolved: s.resolved + r.resolved }), {
    received: 0,
    closed: 0,
    resolved: 0,
  });
}

function agencyBlocks(f: PeriodFigures): OfficialBlock[] {
  if (f.byAgency.length === 0) return [{ kind: 'paragraph', text: '本期无涉及被申请单位的受理或办结案件。' }];
  const shown = f.byAgency.slice(0, DOCUMENT_AGENCIES).map((a) => ({ ...a, name: a.agencyName }));
  const rest = f.byAgency.slice(DOCUMENT_AGENCIES);
  const rows = [...shown];
  if (rest.length > 0) {
    const s = sumRows(rest);
    rows.push({ ...rest[0]!, name: `其余${rest.length}个单位`, ...s, resolutionRate: s.closed === 0 ? null : s.resolved / s.closed });
  }
  const intro =
    rest.length > 0
      ? `本期案件涉及被申请单位${f.byAgency.length}个，按受理件数列出前${DOCUMENT_AGENCIES}个，其余合并统计（完整名单见统计表）。同一案件有多个被申请单位的，分别计入各单位：`
      : `本期案件涉及被申请单位${f.byAgency.length}个。同一案件有多个被申请单位的，分别计入各单位：`;
  return [{ kind: 'paragraph', text: intro }, groupTable('被申请单位', rows, AGENCY_WIDTHS)];
}

function overdueBlocks(f: PeriodFigures, p: SummaryPeriod): OfficialBlock[] {
  const { clocks, tasks } = f.overdue;
  const end = chineseDate(p.asOf);
  if (clocks.length === 0 && tasks.length === 0) return [{ kind: 'paragraph', text: `截至${end}，无逾期未完成的办理期限和逾期未答复的协调事项。` }];
  const byKind = new Map<string, number>();
  for (const c of clocks) byKind.set(CLOCK_KIND_ZH[c.kind], (byKind.get(CLOCK_KIND_ZH[c.kind]) ?? 0) + 1);
  const kinds = [...byKind].map(([k, v]) => `${k}${v}项`).join('、');
  const blocks: OfficialBlock[] = [
    {
      kind: 'paragraph',
      text: `截至${end}，逾期未完成的办理期限${clocks.length}项${clocks.length > 0 ? `（${kinds}）` : ''}，逾期未答复的协调事项${tasks.length}项。`,
    },
  ];
  const more = (count: number) => (count > DOCUMENT_OVERDUE ? `，列出逾期时间最长的${DOCUMENT_OVERDUE}项（完整清单见统计表）` : '');
  if (clocks.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: `逾期的办理期限${more(clocks.length)}：` },
      {
        kind: 'table',
        header: ['案号', '期限', '届满日期', '逾期天数'],
        rows: clocks.slice(0, DOCUMENT_OVERDUE).map((c) => [c.caseNumber, c.stepName ?? CLOCK_KIND_ZH[c.kind], c.dueOn, n(c.daysOverdue)]),
        widths: [34, 26, 22, 18],
      },
    );
  }
  if (tasks.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: `逾期未答复的协调事项${more(tasks.length)}：` },
      {
        kind: 'table',
        header: ['承办单位', '案号', '届满日期', '逾期天数'],
        rows: tasks.slice(0, DOCUMENT_OVERDUE).map((t) => [t.agencyName, t.caseNumber ?? '—', t.dueOn, n(t.daysOverdue)]),
        widths: [36, 32, 18, 14],
      },
    );
  }
  return blocks;
}

function appearanceText(f: PeriodFigures): string {
  const a = f.appearance;
  const target = `${Math.round(a.target * 100)}%`;
  if (a.hearings === 0) return '本期未登记行政诉讼案件开庭。';
  return (
    `本期行政诉讼案件开庭${a.hearings}次，行政机关负责人出庭应诉${a.headAppearances}次，负责人出庭应诉率${rateText(a.rate)}，` +
    `${a.belowTarget ? '未达到' : '达到'}${target}的目标要求。`
  );
}

function typicalBlocks(f: PeriodFigures): OfficialBlock[] {
  if (f.typicalCases.length === 0) return [{ kind: 'paragraph', text: '本期无办结并确定为典型案例的案件。' }];
  return [
    { kind: 'paragraph', text: `本期办结并确定为典型案例、可供宣传的案件${f.typicalCases.length}件：` },
    {
      kind: 'table',
      header: ['案号', '案件名称', '化解结果', '办结日期'],
      rows: f.typicalCases.map((c) => [c.caseNumber, c.title, OUTCOME_ZH[c.outcome], c.closedOn]),
      widths: [27, 37, 20, 16],
    },
  ];
}

export function periodSummaryDocument(f: PeriodFigures, p: SummaryPeriod, charts: readonly ChartImage[], centerName: string, today: string): OfficialDocument {
  const chart = (name: string) => charts.find((c) => c.name === name);
  const range = p.kind === 'range' ? '' : `（${chineseDate(p.from)}至${chineseDate(p.to)}）`;
  const closed = f.totals.closed;
  const sections: [string, OfficialBlock[]][] = [
    ['总体情况', [{ kind: 'paragraph', text: overall(f, p) }, ...figureBlocks(chart('monthly'))]],
    [
      '在办案件阶段分布',
      [
        { kind: 'paragraph', text: `截至${chineseDate(p.asOf)}在办案件${f.totals.openAtEnd}件，按当时所处阶段统计：` },
        {
          kind: 'table',
          header: ['阶段', '件数'],
          rows: [
            ...f.byStage.map((s) => [STAGE_ZH[s.stage], n(s.count)]),
            ...(f.stageUnrecorded > 0 ? [['阶段未记录', n(f.stageUnrecorded)]] : []),
          ],
          widths: [60, 40],
        },
      ],
    ],
    ['按争议类型', [groupTable('争议类型', f.byCategory), ...figureBlocks(chart('category'))]],
    ['按案件来源', [groupTable('案件来源', f.bySource.map((s) => ({ ...s, name: SOURCE_ZH[s.source] })))]],
    ['按被申请单位', agencyBlocks(f)],
    [
      '化解结果',
      closed === 0
        ? [{ kind: 'paragraph', text: '本期无办结案件。' }]
        : [
            {
              kind: 'table',
              header: ['化解结果', '件数', '占办结案件'],
              rows: [...f.byOutcome.map((o) => [OUTCOME_ZH[o.outcome], n(o.count), rateText(o.count / closed)]), ['合计', n(closed), '100.0%']],
              widths: [50, 25, 25],
            },
            ...figureBlocks(chart('outcome')),
          ],
    ],
    ['逾期事项', overdueBlocks(f, p)],
    ['负责人出庭应诉', [{ kind: 'paragraph', text: appearanceText(f) }]],
    ['典型案例', typicalBlocks(f)],
  ];
  const blocks: OfficialBlock[] = [{ kind: 'paragraph', text: `现将${p.label['zh-CN']}${range}行政争议化解工作情况报告如下。` }];
  sections.forEach(([heading, body], i) => blocks.push({ kind: 'heading', level: 1, text: `${NUMBERS[i]}、${heading}` }, ...body));
  blocks.push({
    kind: 'paragraph',
    text: '说明：化解率＝化解成功（撤回申请、和解/调解协议、行政机关自行纠正、司法确认）的办结案件数÷办结案件数；调撤率＝以撤回申请或和解/调解协议方式办结的案件数÷办结案件数；办结用时为收案日至结案日的自然日数，90%分位数按最近秩法计算。',
  });
  const center = centerName || '行政争议化解中心';
  return { issuer: center, title: summaryTitle(p), blocks, signature: { issuer: center, date: today } };
}
