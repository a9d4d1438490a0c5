import { createActivity } from '../../../electron/core/cases/activities';
import { createCase } from '../../../electron/core/cases/intake';
import { advanceCase, closeCase } from '../../../electron/core/cases/stage-machine';
import { extendClock, listClocks, resumeClock, suspendClock } from '../../../electron/core/clocks';
import { caseFixture, intake, setToday, stepOf, type CaseFixture } from '../cases/fixture';

/**
 * Two cases with known paths, built through the case services day by day:
 * - `closed`: accepted on time, investigated on time with the respondent's contact, analysed late,
 *   the resolution clock suspended (2026-09-21 to 10-08, waiting for an appraisal) and extended by
 *   10 days, five mediation sessions, agreement, follow-up visit, closed with a settlement;
 * - `open`: accepted on 2026-11-03 and left in pre-resolution with nothing done, so on 11-27 its
 *   investigation (7 days) is overdue.
 */
export interface FlowchartFixture extends CaseFixture {
  closedId: string;
  openId: string;
  contactName: string;
}

/** `dir`: a database file in that folder (for the CLI) instead of memory. */
export async function flowchartFixture(dir?: string): Promise<FlowchartFixture> {
  const f = await caseFixture({ clockIso: '2026-09-01T02:00:00.000Z', ...(dir ? { dir } : {}) });
  const now = f.core.now();
  const contactId = f.core.newId();
  f.core.sqlite
    .prepare('INSERT INTO agency_contacts (id, agency_id, name, title, phones, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(contactId, f.agencies.respondent, '李法制', '法制科科长', '[]', 1, now, now);

  const log = (caseId: string, code: string, description: string, participants: { kind: 'agency_contact'; refId: string; name: string }[] = []) => {
    const step = stepOf(f.core, caseId, code);
    createActivity(f.core, f.actor, { caseId, stepId: step.id, stage: step.stage, occurredAt: f.core.now(), participants, description });
  };
  const resolutionClock = (caseId: string) => listClocks(f.core, { caseId, kinds: ['resolution'] })[0]!.id;

  const { id: closedId } = createCase(f.core, f.actor, intake(f, { receivedOn: '2026-09-01' }));
  setToday(f, '2026-09-02');
  log(closedId, 'acceptance_review', '审查申请材料，符合受理条件');
  advanceCase(f.core, f.actor, { id: closedId, toStage: 'pre' });
  setToday(f, '2026-09-03');
  log(closedId, 'investigate', '赴被征收房屋现场查看，向王某了解情况', [{ kind: 'agency_contact', refId: contactId, name: '李法制' }]);
  setToday(f, '2026-09-20');
  log(closedId, 'analyse', '组织案情分析研判');
  setToday(f, '2026-09-21');
  suspendClock(f.core, f.actor, { clockId: resolutionClock(closedId), fromOn: '2026-09-21', reason: '等待房屋价值评估结果<鉴定>' });
  setToday(f, '2026-10-08');
  resumeClock(f.core, f.actor, { clockId: resolutionClock(closedId), toOn: '2026-10-08' });
  setToday(f, '2026-10-09');
  advanceCase(f.core, f.actor, { id: closedId, toStage: 'during' });
  for (const day of ['09', '10', '11', '12', '13']) {
    setToday(f, `2026-10-${day}`);
    log(closedId, 'meeting', `第${day}日化解会，双方就补偿数额协商`);
  }
  setToday(f, '2026-10-14');
  extendClock(f.core, f.actor, { clockId: resolutionClock(closedId), extraDays: 10, reason: '经双方同意延长' });
  setToday(f, '2026-10-15');
  advanceCase(f.core, f.actor, { id: closedId, toStage: 'post' });
  setToday(f, '2026-10-16');
  log(closedId, 'follow_up_visit', '电话回访王某，协议已履行');
  setToday(f, '2026-10-17');
  closeCase(f.core, f.actor, { id: closedId, outcome: 'settlement', summary: '双方达成和解协议，被申请人补偿王某18万元' });

  setToday(f, '2026-11-02');
  const { id: openId } = createCase(f.core, f.actor, intake(f, { receivedOn: '2026-11-02', title: '李某诉市住房和城乡建设局政府信息公开案' }));
  setToday(f, '2026-11-03');
  log(openId, 'acceptance_review', '审查受理');
  advanceCase(f.core, f.actor, { id: openId, toStage: 'pre' });
  setToday(f, '2026-11-27');
  return { ...f, closedId, openId, contactName: '李法制' };
}
