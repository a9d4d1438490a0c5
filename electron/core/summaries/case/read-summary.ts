import { ROLE_LABEL } from '../../agencies/agency-labels';
import { getCaseDetail } from '../../cases/case-detail';
import { loadCaseRow } from '../../cases/case-rows';
import { STAGE_LABEL } from '../../cases/messages';
import { OUTCOME_LABEL, STAGE_ORDER, isResolved } from '../../cases/stage-machine';
import type { Core } from '../../core';
import { chinaDate } from '../../dates';
import { qb } from '../../db/query';
import { MEETING_KIND_LABEL } from '../../meetings/meeting-messages';
import { PARTY_ROLE_ZH, SOURCE_ZH } from '../../meetings/documents/labels';
import { centerNames } from '../../meetings/documents/meeting-facts';
import { TASK_STATUS_LABEL } from '../../tasks/task-messages';
import { liveTasks, readTasks } from '../../tasks/task-read';
import { maskIdNumber } from '../../validation/resident-id';
import { FOLLOW_UP_STEP_CODE } from '../../workflow/template-service';
import type { CaseSummaryModel, DetailActivity, SummaryActivity, SummaryMeeting, SummaryTask } from './summary-model';

/**
 * Reads one case into the summary model: the case page's own detail (parties with masked ID
 * numbers, agencies, activities), plus the meetings that had the case on their agenda and the
 * coordination tasks sent about it. Reads only.
 */

/** 13803351234 → 138****1234 (each number of a list): enough to tell two apart, not to call. */
export function maskPhone(phone: string): string {
  return phone
    .split(/([,，、;；/]+\s*)/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const mobile = /^(?:\+?86)?(1\d{10})$/.exec(part.replace(/[\s-]/g, ''))?.[1];
      return mobile ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : maskIdNumber(part);
    })
    .join('');
}

function activity(a: DetailActivity): SummaryActivity {
  return { date: chinaDate(new Date(a.occurredAt)), step: a.stepName, description: a.description, result: a.result, place: a.place };
}

/**
 * Meetings that had the case on their agenda and have taken place (held, or scheduled and already
 * begun: secretaries do not always mark a meeting held); drafts and cancelled meetings are not
 * "meetings held". One row per meeting and agenda item, oldest first.
 */
function caseMeetings(core: Core, caseId: string): SummaryMeeting[] {
  return core.q
    .all(
      qb
        .selectFrom('agenda_items as a')
        .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
        .select(['m.starts_at', 'm.title', 'm.kind', 'a.decision', 'a.discussion'])
        .where('a.case_id', '=', caseId)
        .where('m.deleted_at', 'is', null)
        .where((eb) => eb.or([eb('m.status', '=', 'held'), eb.and([eb('m.status', '=', 'scheduled'), eb('m.starts_at', '<=', core.now())])]))
        .orderBy('m.starts_at')
        .orderBy('a.sort'),
    )
    .map((m) => ({
      date: chinaDate(new Date(m.starts_at)),
      title: m.title,
      kind: MEETING_KIND_LABEL[m.kind]['zh-CN'],
      decision: m.decision?.trim() || m.discussion?.trim() || null,
    }));
}

function caseTasks(core: Core, caseId: string): SummaryTask[] {
  return readTasks(core, liveTasks().where('t.case_id', '=', caseId).orderBy('t.sent_on').orderBy('t.id')).map((t) => ({
    agency: t.agencyName,
    request: t.request,
    sentOn: t.sentOn,
    dueOn: t.dueOn,
    status: TASK_STATUS_LABEL[t.status]['zh-CN'],
    overdue: t.overdue,
    reply: t.replyText,
    repliedOn: t.repliedOn,
  }));
}

export function readCaseSummary(core: Core, caseId: string): CaseSummaryModel {
  // Masked ID numbers: the summary is a document that leaves the database (PIPL).
  const detail = getCaseDetail(core, caseId);
  const row = loadCaseRow(core, caseId);
  const followUpStep = new Set(detail.steps.filter((s) => s.code === FOLLOW_UP_STEP_CODE).map((s) => s.stepId));
  const stages = STAGE_ORDER.flatMap((stage) => {
    const activities = detail.activities.filter((a) => a.stage === stage).map(activity);
    return activities.length ? [{ stage, label: STAGE_LABEL[stage]['zh-CN'], activities }] : [];
  });
  return {
    centerName: centerNames(core).centerName,
    today: core.today(),
    caseId: detail.id,
    caseNumber: detail.caseNumber,
    courtNumber: detail.courtNumber,
    title: detail.title,
    source: SOURCE_ZH[detail.source],
    category: detail.category?.name ?? null,
    complexity: detail.complexity === 'complex' ? '繁案' : '简案',
    stageLabel: STAGE_LABEL[detail.stage]['zh-CN'],
    closed: detail.status === 'closed',
    typical: row.is_typical === 1,
    receivedOn: detail.receivedOn,
    acceptedOn: detail.acceptedOn,
    coordinator: detail.coordinator?.name ?? null,
    amountYuan: detail.amountYuan,
    parties: detail.parties.map((p) => ({
      role: PARTY_ROLE_ZH[p.role],
      kind: p.kind,
      name: p.name,
      idNumber: p.idNumber ? maskIdNumber(p.idNumber) : null,
      phone: p.phone ? maskPhone(p.phone) : null,
    })),
    agencies: detail.agencies.map((a) => ({ name: a.name, role: ROLE_LABEL[a.role]['zh-CN'], respondent: a.role === 'respondent' })),
    disputeFocus: detail.disputeFocus,
    claims: detail.claims,
    stages,
    meetings: caseMeetings(core, caseId),
    tasks: caseTasks(core, caseId),
    outcome:
      detail.outcome && detail.closedOn
        ? {
            label: OUTCOME_LABEL[detail.outcome]['zh-CN'],
            resolved: isResolved(detail.outcome),
            closedOn: detail.closedOn,
            summary: detail.outcomeSummary,
            basis: detail.outcomeBasis,
          }
        : null,
    followUps: detail.activities.filter((a) => a.stepId !== null && followUpStep.has(a.stepId)).map(activity),
  };
}
