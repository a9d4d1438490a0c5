import { sql } from 'kysely';
import { MIME, type ExportFile } from '../../contract/schemas/files';
import type { Task } from '../../contract/schemas/tasks';
import type { Actor } from '../audit/audit-log';
import { DEFAULT_CASE_NUMBER_PREFIX } from '../cases/case-number';
import { addWorkingDays, loadCalendar } from '../clocks';
import type { Core } from '../core';
import { chinaDate } from '../dates';
import { qb } from '../db/query';
import { CoreError, assertNever } from '../errors';
import { getSetting } from '../services/settings';
import { getCenter } from '../services/setup';
import { getTask } from '../tasks/task-read';
import { chineseDate } from './chinese-date';
import { exportFile, logExport } from './export-file';
import { renderOfficialDocx, type OfficialDocument } from './official-docx';

/**
 * The supervision notice (督办通知) of one coordination task: an official document from the center
 * to the agency, saying what was asked and when, where the task stands today (overdue by how many
 * working days, how often reminded) and by when to answer in writing. Built fresh each time from
 * the task (nothing stored); the export is logged.
 */

/** 督办 number of the year: the task's place among the tasks sent that year, in creation order. */
export function noticeNumber(core: Core, task: Pick<Task, 'id' | 'sentOn'>): string {
  const year = task.sentOn.slice(0, 4);
  // Deleted tasks still count and ids are time-ordered (UUIDv7), so a number once printed never
  // changes; a task entered later with an earlier sending date simply gets the next number.
  const seq =
    core.q.first(
      qb
        .selectFrom('coordination_tasks')
        .select(sql<number>`count(*)`.as('n'))
        .where(sql<string>`substr(sent_on, 1, 4)`, '=', year)
        .where('id', '<=', task.id),
    )?.n ?? 1;
  const configured = getSetting<unknown>(core, 'case_number.prefix');
  const prefix = typeof configured === 'string' && configured !== '' ? configured : DEFAULT_CASE_NUMBER_PREFIX;
  return `${prefix}督〔${year}〕${seq}号`;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[。！？；.!?;]$/.test(t) ? t : `${t}。`;
}

function contactLine(core: Core, task: Task): string | null {
  if (!task.contactId) return null;
  const c = core.q.first(qb.selectFrom('agency_contacts').select(['name', 'title', 'phones']).where('id', '=', task.contactId));
  if (!c) return null;
  let phones: string[] = [];
  try {
    const parsed: unknown = JSON.parse(c.phones);
    if (Array.isArray(parsed)) phones = parsed.filter((p): p is string => typeof p === 'string');
  } catch {
    // A malformed phone list only costs the notice its phone numbers.
  }
  return `你单位联系人：${c.name}${c.title ? `（${c.title}）` : ''}${phones.length > 0 ? `，联系电话：${phones.join('、')}` : ''}。`;
}

/** The body, worded for where the task stands today. */
export function noticeParagraphs(core: Core, task: Task, centerContact: string | null): string[] {
  const today = core.today();
  const subject = task.caseNumber ? `在${task.caseNumber}“${task.caseTitle ?? ''}”化解工作中，` : '';
  const asked = `${subject}我中心于${chineseDate(task.sentOn)}向你单位发出协调事项，请你单位：${sentence(task.request)}办理期限为${chineseDate(task.dueOn)}。`;
  const reminded =
    task.reminderCount > 0 && task.lastRemindedAt
      ? `我中心已催办${task.reminderCount}次，最近一次为${chineseDate(chinaDate(new Date(task.lastRemindedAt)))}。`
      : '';
  const acknowledged = task.acknowledgedOn ? `已于${chineseDate(task.acknowledgedOn)}签收，但` : '';
  const out = [asked];
  switch (task.status) {
    case 'sent':
    case 'acknowledged':
      if (task.overdue) {
        out.push(`截至${chineseDate(today)}，你单位${acknowledged}尚未书面答复，已超过办理期限${-(task.daysLeft ?? 0)}个工作日。${reminded}`);
        const by = addWorkingDays(today, 3, loadCalendar(core));
        out.push(`请你单位高度重视，立即组织办理，于${chineseDate(by)}前将办理情况及逾期原因书面答复我中心。`);
      } else {
        out.push(`截至${chineseDate(today)}，你单位${acknowledged}尚未书面答复，距办理期限还有${task.daysLeft ?? 0}个工作日。${reminded}`);
        out.push(`请你单位高度重视，按照职责抓紧办理，于${chineseDate(task.dueOn)}前将办理情况书面答复我中心。`);
      }
      break;
    case 'answered':
      out.push(`你单位已于${chineseDate(task.repliedOn ?? today)}书面答复。${reminded}`);
      break;
    case 'closed':
      out.push(`该事项已于${chineseDate(task.closedOn ?? today)}办结。`);
      break;
    default:
      assertNever(task.status, 'task status');
  }
  const contact = contactLine(core, task);
  if (contact) out.push(contact);
  if (centerContact) out.push(`我中心联系人：${centerContact}。`);
  return out;
}

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '_');
}

/** The notice as DOCX for the page to save, logged as an export of the center's. */
export async function supervisionNotice(core: Core, actor: Actor, taskId: string): Promise<ExportFile> {
  const task = getTask(core, taskId);
  const center = getCenter(core);
  if (!center) throw new CoreError('NOT_SET_UP', 'The center is not set up');
  const agency = core.q.first(qb.selectFrom('agencies').select(['name', 'short_name']).where('id', '=', task.agencyId));
  const coordinator = task.caseId
    ? core.q.first(
        qb
          .selectFrom('cases')
          .innerJoin('operators', 'operators.id', 'cases.coordinator_id')
          .select('operators.name')
          .where('cases.id', '=', task.caseId),
      )?.name
    : undefined;
  const today = core.today();
  const documentNumber = noticeNumber(core, task);
  const doc: OfficialDocument = {
    issuer: center.name,
    documentNumber,
    title: '关于督促办理协调事项的通知',
    addressee: task.agencyName,
    blocks: noticeParagraphs(core, task, coordinator ?? (actor.operatorId ? actor.operatorName : null)).map((text) => ({ kind: 'paragraph', text })),
    signature: { issuer: center.name, date: today },
    notes: [`${center.name}\t${chineseDate(today)}印发`],
  };
  const bytes = await renderOfficialDocx(doc);
  const who = agency?.short_name || task.agencyName;
  const fileName = safeFileName(`督办通知-${who}-${task.caseNumber ?? task.sentOn}.docx`);
  logExport(core, actor, {
    kind: 'supervision_notice',
    fileName,
    entity: 'coordination_tasks',
    entityId: task.id,
    detail: { documentNumber, agencyId: task.agencyId, caseId: task.caseId },
    content: bytes,
  });
  return exportFile(fileName, MIME.docx, bytes);
}
