import type { CaseDetail } from '../../../contract/schemas/cases';
import type { AgendaItem } from '../../../contract/schemas/meetings';
import { ROLE_LABEL } from '../../agencies/agency-labels';
import { STAGE_LABEL } from '../../cases/messages';
import { STAGE_ORDER } from '../../cases/stage-machine';
import { chinaDate } from '../../dates';
import { chineseDate } from '../../documents/chinese-date';
import { maskIdNumber } from '../../validation/resident-id';
import { CLOCK_KIND_ZH, PARTY_ROLE_ZH, SOURCE_ZH, agendaLabel, shortDateZh } from './labels';
import type { BriefClock, BriefStage, CaseBrief, TopicBrief } from './pack-model';

/** A brief is read in the meeting, not studied: each stage shows its latest few steps only. */
const ENTRIES_PER_STAGE = 2;
const ENTRY_CHARS = 40;

/** Shortens to `max` characters (counted as code points) with an ellipsis, on one line. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

/** "行化〔2026〕15号 案情简介" style head for every page of the brief. */
export function briefRunningHead(number: number, caseNumber: string): string {
  return `${agendaLabel(number)}\u3000案情简介\u3000${caseNumber}`;
}

function progressByStage(detail: CaseDetail, refYear: number): BriefStage[] {
  return STAGE_ORDER.flatMap((stage) => {
    const activities = detail.activities.filter((a) => a.stage === stage);
    if (activities.length === 0) return [];
    const shown = activities.slice(-ENTRIES_PER_STAGE);
    return [
      {
        stage: STAGE_LABEL[stage]['zh-CN'],
        entries: shown.map((a) => ({
          date: shortDateZh(chinaDate(new Date(a.occurredAt)), refYear),
          text: `${a.stepName ? `${a.stepName}：` : ''}${clip(a.description, ENTRY_CHARS)}${a.result ? `（${clip(a.result, 20)}）` : ''}`,
        })),
        omitted: activities.length - shown.length,
      },
    ];
  });
}

const RUNNING_CLOCK = new Set(['open', 'due_soon', 'overdue', 'suspended']);

function openClocks(detail: CaseDetail): BriefClock[] {
  return detail.clocks
    .filter((c) => RUNNING_CLOCK.has(c.state))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .map((c) => ({
      name: c.kind === 'step' ? `${c.stepName ?? '步骤'}期限` : CLOCK_KIND_ZH[c.kind],
      dueOn: chineseDate(c.dueOn),
      state:
        c.state === 'suspended'
          ? '中止中'
          : c.state === 'overdue'
            ? `已超期${Math.abs(c.daysLeft)}日`
            : `剩余${c.daysLeft}日${c.state === 'due_soon' ? '（临期）' : ''}`,
    }));
}

/**
 * The 案情简介 of one agenda case, from the case detail. Parties' ID numbers are masked here
 * whatever the caller passed in (PIPL: a pack is printed and handed round a table), and phone
 * numbers and addresses are left out: the meeting does not need them.
 */
export function caseBrief(detail: CaseDetail, item: AgendaItem, number: number, today: string): CaseBrief {
  const refYear = Number(today.slice(0, 4));
  const facts: [string, string][] = [
    ['争议类型', detail.category?.name ?? ''],
    ['案件来源', SOURCE_ZH[detail.source]],
    ['收案日期', chineseDate(detail.receivedOn)],
    ['受理日期', detail.acceptedOn ? chineseDate(detail.acceptedOn) : '尚未受理'],
    ['当前阶段', `${STAGE_LABEL[detail.stage]['zh-CN']}（${detail.complexity === 'complex' ? '繁案' : '简案'}）`],
    ['涉案金额', detail.amountYuan !== null ? `${detail.amountYuan.toLocaleString('zh-CN')}元` : '—'],
    ['协调员', detail.coordinator?.name ?? ''],
    ['汇报人', item.presenter ?? ''],
    ...(detail.courtNumber ? [['法院案号', detail.courtNumber] as [string, string]] : []),
  ];
  return {
    kind: 'case',
    agendaNumber: number,
    runningHead: briefRunningHead(number, detail.caseNumber),
    caseNumber: detail.caseNumber,
    caseTitle: detail.title,
    facts,
    parties: detail.parties.map((p) => ({
      role: PARTY_ROLE_ZH[p.role],
      name: p.name,
      idNumber: p.idNumber ? maskIdNumber(p.idNumber) : null,
    })),
    disputeFocus: detail.disputeFocus,
    claims: detail.claims,
    agencies: detail.agencies.map((a) => ({ name: a.name, role: ROLE_LABEL[a.role]['zh-CN'] })),
    progress: progressByStage(detail, refYear),
    clocks: openClocks(detail),
    proposedPlan: item.proposedPlan,
    questions: item.questions,
  };
}

export function topicBrief(item: AgendaItem, number: number): TopicBrief {
  return {
    kind: 'topic',
    agendaNumber: number,
    runningHead: `${agendaLabel(number)}\u3000议题说明`,
    topic: item.topic ?? '',
    presenter: item.presenter,
    proposedPlan: item.proposedPlan,
    questions: item.questions,
  };
}
