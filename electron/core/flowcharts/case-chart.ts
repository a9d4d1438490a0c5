import type { CaseDetail, ClockView } from '../../contract/schemas/cases';
import { STAGE_LABEL } from '../cases/messages';
import { OUTCOME_LABEL, STAGE_ORDER, isResolved } from '../cases/stage-machine';
import { chinaDate } from '../dates';
import type { Stage } from '../db/schema';
import { CLOSE_STEP_CODE } from '../workflow/template-service';
import type { CaseChartFacts } from './case-chart-data';
import { BOX_TEXT_WIDTH, FONT, type ChartModel, type ChartNode, type LegendItem, type TextLine } from './chart-model';
import { stageGroupId } from './template-chart';
import { clampLines, truncateText, wrapText } from './text-measure';

/**
 * The path one case took, in the template chart's style: per stage (groups, in stage order), the
 * steps it went through in the order they were first worked on, each with its dates, the agencies
 * whose staff took part and its latest activities; steps with a time limit coloured on time or
 * overdue; required steps whose limit ran out with nothing logged shown as overdue gaps; every
 * suspension and extension of a clock marked where it happened; the outcome (or, for an open
 * case, where it stands) at the end.
 */

export interface CaseChartOptions {
  /** Applied to free text from the case (title, activity descriptions, outcome, reasons). */
  redact?: (text: string) => string;
  /** Activities listed under a step; older ones are counted (…另有N项). Default 3. */
  activitiesPerStep?: number;
}

type Activity = CaseDetail['activities'][number];
type Step = CaseDetail['steps'][number];
export type Timeliness = 'ontime' | 'late' | 'open' | 'nolimit';

const WIDTH = BOX_TEXT_WIDTH.case;
/** The case's own clocks in the order the case meets them. */
const CLOCK_ORDER: readonly ClockView['kind'][] = ['resolution', 'transfer_to_filing', 'follow_up_visit'];
const OTHER_WORK = '其他办理记录';

/** An item on the path: sorted by stage, then date, then kind (steps before the markers of their day). */
interface PathItem {
  stage: Stage;
  date: string;
  rank: number;
  at: string;
  node: Omit<ChartNode, 'group'>;
}

const line = (text: string, size: number = FONT.detail, extra: Partial<TextLine> = {}): TextLine => ({ text, size, ...extra });

export function clockName(clock: Pick<ClockView, 'kind' | 'stepName'>): string {
  switch (clock.kind) {
    case 'resolution':
      return '化解期限';
    case 'transfer_to_filing':
      return '转立案期限';
    case 'follow_up_visit':
      return '回访期限';
    case 'step':
      return `${clock.stepName ?? '步骤'}时限`;
  }
}

/** A clock's state in a few words, with the tone that colours it. */
export function clockStateText(clock: Pick<ClockView, 'state' | 'daysLeft'>): { text: string; tone: string } {
  switch (clock.state) {
    case 'met':
      return { text: '按期', tone: 'ontime-text' };
    case 'missed':
      return { text: '超期', tone: 'late-text' };
    case 'overdue':
      return { text: `已超期${Math.abs(clock.daysLeft)}日`, tone: 'late-text' };
    case 'open':
    case 'due_soon':
      return { text: `剩余${clock.daysLeft}日`, tone: clock.state === 'due_soon' ? 'late-text' : 'muted' };
    case 'suspended':
      return { text: '中止中', tone: 'muted' };
    case 'cancelled':
      return { text: '已取消', tone: 'muted' };
  }
}

function dateRange(dates: readonly string[]): string {
  const first = dates[0]!;
  const last = dates.at(-1)!;
  if (first === last) return first;
  return `${first} 至 ${last.slice(0, 4) === first.slice(0, 4) ? last.slice(5) : last}`;
}

/** On time or overdue, from the step's own clock when it has one, else its due date against the day it was first worked on. */
export function stepTimeliness(step: Step, firstDate: string, stepClock: string | undefined): Timeliness {
  if (stepClock) {
    if (stepClock === 'met') return 'ontime';
    if (stepClock === 'missed' || stepClock === 'overdue') return 'late';
    return stepClock === 'cancelled' ? 'nolimit' : 'open';
  }
  if (step.dueOn) return firstDate <= step.dueOn ? 'ontime' : 'late';
  return 'nolimit';
}

function agencyLines(activities: readonly Activity[], contactAgency: ReadonlyMap<string, string>): TextLine[] {
  const names: string[] = [];
  for (const a of activities) {
    for (const p of a.participants) {
      const name = p.kind === 'agency_contact' && p.refId ? contactAgency.get(p.refId) : undefined;
      if (name && !names.includes(name)) names.push(name);
    }
  }
  if (names.length === 0) return [];
  return clampLines(`参与单位：${names.join('、')}`, WIDTH, FONT.detail, 2).map((t) => line(t));
}

function activityLines(activities: readonly Activity[], shown: number, redact: (t: string) => string): TextLine[] {
  const lines: TextLine[] = [];
  const hidden = activities.length - shown;
  if (hidden > 0) lines.push(line(`…另有${hidden}项较早的记录`, FONT.detail, { tone: 'muted' }));
  for (const a of activities.slice(Math.max(0, hidden))) {
    lines.push(line(truncateText(`${chinaDate(new Date(a.occurredAt)).slice(5)} ${redact(a.description)}`, WIDTH, FONT.detail)));
  }
  return lines;
}

function nameLines(name: string): TextLine[] {
  return wrapText(name, WIDTH, FONT.name).map((t) => line(t, FONT.name, { bold: true }));
}

function stepItems(facts: CaseChartFacts, shown: number, redact: (t: string) => string): PathItem[] {
  const { detail } = facts;
  const stepById = new Map(detail.steps.map((s) => [s.stepId, s]));
  const closed = detail.status === 'closed';
  const buckets = new Map<string, { step: Step | undefined; name: string; stage: Stage; activities: Activity[] }>();
  for (const a of detail.activities) {
    const step = a.stepId ? stepById.get(a.stepId) : undefined;
    // The closing activity is what the outcome node at the end says.
    if (closed && step?.code === CLOSE_STEP_CODE) continue;
    const key = step ? step.stepId : a.stepId ? `gone:${a.stepId}` : `other:${a.stage}`;
    const bucket = buckets.get(key) ?? { step, name: step?.name ?? a.stepName ?? OTHER_WORK, stage: step?.stage ?? a.stage, activities: [] };
    bucket.activities.push(a);
    buckets.set(key, bucket);
  }

  const items: PathItem[] = [];
  for (const [key, b] of buckets) {
    const dates = b.activities.map((a) => chinaDate(new Date(a.occurredAt)));
    const timeliness = b.step ? stepTimeliness(b.step, dates[0]!, facts.stepClocks.get(b.step.stepId)) : 'nolimit';
    const meta = line(`${dateRange(dates)} · 共${b.activities.length}项`, FONT.detail, { tone: 'muted' });
    const limit: TextLine[] =
      b.step?.dueOn && timeliness !== 'nolimit'
        ? [
            line(
              `时限${b.step.timeLimitDays ?? ''}日，应于${b.step.dueOn}前 · ${timeliness === 'ontime' ? '按期' : timeliness === 'late' ? '超期' : '办理中'}`,
              FONT.detail,
              { tone: timeliness === 'late' ? 'late-text' : timeliness === 'ontime' ? 'ontime-text' : 'muted' },
            ),
          ]
        : [];
    items.push({
      stage: b.stage,
      date: dates[0]!,
      rank: 0,
      at: b.activities[0]!.occurredAt,
      node: {
        id: b.step ? `step:${b.step.code}` : key,
        shape: 'box',
        classes: ['step', ...(b.step ? [] : ['other']), timeliness],
        lines: [...nameLines(b.name), meta, ...limit, ...agencyLines(b.activities, facts.contactAgency), ...activityLines(b.activities, shown, redact)],
        align: 'start',
      },
    });
  }

  // Steps whose time limit ran out with nothing logged: the gap is part of the path.
  for (const s of detail.steps) {
    if (s.status !== 'overdue' || s.activityCount > 0 || !s.dueOn) continue;
    items.push({
      stage: s.stage,
      date: s.dueOn,
      rank: 0,
      at: s.dueOn,
      node: {
        id: `step:${s.code}`,
        shape: 'box',
        classes: ['step', 'late', 'missing'],
        lines: [...nameLines(s.name), line(`未办理 · 应于${s.dueOn}前 · 已超期`, FONT.detail, { tone: 'late-text' })],
        align: 'start',
      },
    });
  }
  return items;
}

/** The stage the case was in on `date`, from its history (the last move on or before that day). */
function stageOn(detail: CaseDetail, date: string): Stage {
  let stage: Stage = 'intake';
  for (const h of detail.history) {
    if (chinaDate(new Date(h.at)) <= date) stage = h.toStage;
  }
  return stage;
}

function markerItems(detail: CaseDetail, redact: (t: string) => string): PathItem[] {
  const items: PathItem[] = [];
  for (const clock of detail.clocks) {
    for (const adj of clock.adjustments) {
      const suspension = adj.kind === 'suspension';
      const head = suspension ? `中止：${clockName(clock)}` : `延长：${clockName(clock)} ${adj.extraDays ?? 0}日`;
      const when = suspension ? `${adj.fromOn} 至 ${adj.toOn ?? '今（仍中止）'}` : `${adj.fromOn} 起`;
      items.push({
        stage: stageOn(detail, adj.fromOn),
        date: adj.fromOn,
        rank: 1,
        at: adj.fromOn,
        node: {
          id: `${adj.kind}:${adj.id}`,
          shape: 'marker',
          classes: ['marker', adj.kind],
          lines: [
            line(head, FONT.detail, { bold: true }),
            line(when, FONT.detail),
            ...clampLines(`理由：${redact(adj.reason)}`, WIDTH, FONT.detail, 2).map((t) => line(t, FONT.detail, { tone: 'muted' })),
          ],
          align: 'start',
        },
      });
    }
  }
  return items;
}

function clockLine(clock: ClockView): TextLine {
  const state = clockStateText(clock);
  return line(`${clockName(clock)}${clock.limitDays}日，至${clock.dueOn}：${state.text}`, FONT.detail, { tone: state.tone });
}

function endNode(facts: CaseChartFacts, redact: (t: string) => string): ChartNode {
  const { detail } = facts;
  const caseClocks = detail.clocks
    .filter((c) => c.kind !== 'step')
    .sort((a, b) => CLOCK_ORDER.indexOf(a.kind) - CLOCK_ORDER.indexOf(b.kind) || a.triggerOn.localeCompare(b.triggerOn));
  if (detail.status === 'closed' && detail.outcome) {
    const resolved = isResolved(detail.outcome);
    return {
      id: 'outcome',
      shape: 'terminal',
      classes: ['outcome', resolved ? 'resolved' : detail.outcome === 'terminated' ? 'terminated' : 'unresolved'],
      lines: [
        line(`结案 ${detail.closedOn ?? ''}`.trim(), FONT.name, { bold: true }),
        line(OUTCOME_LABEL[detail.outcome]['zh-CN'], FONT.name),
        ...(detail.outcomeSummary ? clampLines(redact(detail.outcomeSummary), WIDTH, FONT.detail, 2).map((t) => line(t, FONT.detail, { tone: 'muted' })) : []),
        ...caseClocks.map(clockLine),
      ],
      group: stageGroupId('closed'),
      align: 'middle',
    };
  }
  return {
    id: 'current',
    shape: 'terminal',
    classes: ['outcome', 'current'],
    lines: [
      line(`当前：${STAGE_LABEL[detail.stage]['zh-CN']}`, FONT.name, { bold: true }),
      line(`办理中 · 截至${facts.today}`, FONT.detail, { tone: 'muted' }),
      ...caseClocks.filter((c) => c.state !== 'cancelled').map(clockLine),
    ],
    // Inside the stage it is in: where the path stands.
    group: stageGroupId(detail.stage),
    align: 'middle',
  };
}

function stageLabels(detail: CaseDetail): Map<Stage, string> {
  const entered = new Map<Stage, string>([['intake', detail.receivedOn]]);
  for (const h of detail.history) entered.set(h.toStage, chinaDate(new Date(h.at)));
  if (detail.acceptedOn) entered.set('pre', detail.acceptedOn);
  return new Map(STAGE_ORDER.map((s) => [s, entered.has(s) ? `${STAGE_LABEL[s]['zh-CN']}（${entered.get(s)}起）` : STAGE_LABEL[s]['zh-CN']]));
}

const CASE_KEY: LegendItem[] = [
  { shape: 'box', classes: ['step', 'ontime'], label: '按期办理' },
  { shape: 'box', classes: ['step', 'late'], label: '超期' },
  { shape: 'box', classes: ['step', 'nolimit'], label: '无时限' },
  { shape: 'marker', classes: ['marker', 'suspension'], label: '中止' },
  { shape: 'marker', classes: ['marker', 'extension'], label: '延长' },
];

/** Only what the chart shows (a key to colours that are not there is noise), then the end. */
function caseLegend(nodes: readonly ChartNode[], closed: boolean): LegendItem[] {
  return [
    ...CASE_KEY.filter((item) => nodes.some((n) => n.classes.includes(item.classes[1]!))),
    { shape: 'terminal', classes: ['outcome'], label: closed ? '化解结果' : '当前进度' },
  ];
}

export function caseChartModel(facts: CaseChartFacts, options: CaseChartOptions = {}): ChartModel {
  const { detail } = facts;
  const redact = options.redact ?? ((t: string) => t);
  const shown = Math.max(1, options.activitiesPerStep ?? 3);
  const rank = (s: Stage) => STAGE_ORDER.indexOf(s);
  const items = [...stepItems(facts, shown, redact), ...markerItems(detail, redact)].sort(
    (a, b) => rank(a.stage) - rank(b.stage) || a.date.localeCompare(b.date) || a.rank - b.rank || a.at.localeCompare(b.at),
  );
  const nodes: ChartNode[] = items.map((i) => ({ ...i.node, group: stageGroupId(i.stage) }));
  nodes.push(endNode(facts, redact));
  const edges = nodes.slice(1).map((node, i) => ({ id: `edge:${i + 1}`, from: nodes[i]!.id, to: node.id }));

  const labels = stageLabels(detail);
  const respondents = detail.agencies.filter((a) => a.role === 'respondent').map((a) => a.name);
  const facts0 = [
    `收案 ${detail.receivedOn}`,
    detail.complexity === 'complex' ? '繁案' : '简案',
    ...(respondents.length ? [`被申请人：${respondents.join('、')}`] : []),
  ].join(' · ');
  return {
    title: `${detail.caseNumber} 案件办理流程图`,
    heading: [
      { text: `${detail.caseNumber} 案件办理流程图`, size: FONT.heading, bold: true },
      { text: redact(detail.title), size: FONT.subheading },
      { text: facts0, size: FONT.subheading, tone: 'muted' },
    ],
    groups: STAGE_ORDER.map((s) => ({ id: stageGroupId(s), label: labels.get(s)! })),
    nodes,
    edges,
    uniformBoxWidth: true,
    legend: caseLegend(nodes, detail.status === 'closed'),
  };
}
