import type { FieldIssue } from '../../contract/result';
import type { MeetingDraft } from '../../contract/schemas/meetings';
import type { Actor } from '../audit/audit-log';
import { field } from '../cases/messages';
import type { Core } from '../core';
import { qb } from '../db/query';
import type { ClashSubject } from './clashes';
import type { MeetingRow } from './meeting-detail';
import { instantMs, toStoredInstant } from './meeting-time';

/**
 * Checks a meeting as the form sends it and resolves what it points at (room, organiser, series,
 * the invitees' names from their records, the agenda's cases). Issues carry the path of the field
 * in the channel input (`meeting.invitees.2.contactId`) so the form can mark it.
 */

type InviteeKind = MeetingDraft['invitees'][number]['kind'];
type InviteeRole = MeetingDraft['invitees'][number]['role'];

export interface NormalisedInvitee {
  /** Who this is, independent of the row: invitees are matched on it when the list is saved again. */
  key: string;
  kind: InviteeKind;
  operatorId: string | null;
  contactId: string | null;
  partyId: string | null;
  name: string;
  email: string | null;
  role: InviteeRole;
}

export interface NormalisedAgendaItem {
  id: string | null;
  caseId: string | null;
  topic: string | null;
  presenter: string | null;
  minutesAllotted: number | null;
  proposedPlan: string | null;
  questions: string | null;
}

export interface NormalisedMeeting {
  kind: MeetingDraft['kind'];
  title: string;
  startsAt: string;
  endsAt: string;
  roomId: string | null;
  roomName: string | null;
  place: string | null;
  organiserId: string | null;
  status: 'draft' | 'scheduled';
  /** The series to join; null with newSeriesName set → a new series is made on save. */
  seriesId: string | null;
  newSeriesName: string | null;
  invitees: NormalisedInvitee[];
  agenda: NormalisedAgendaItem[];
}

const P = 'meeting';

/** `prefix` is where the times sit in the channel input ('meeting' for save, '' for move). */
export function meetingTimeIssues(startsAt: string, endsAt: string, prefix = P): FieldIssue[] {
  if (instantMs(endsAt) > instantMs(startsAt)) return [];
  return [field(`${prefix ? `${prefix}.` : ''}endsAt`, '结束时间须晚于开始时间', 'The end must be after the start')];
}

function roomOf(core: Core, draft: MeetingDraft, before: MeetingRow | null, issues: FieldIssue[]): { id: string | null; name: string | null } {
  if (!draft.roomId) {
    if (!draft.place) issues.push(field(`${P}.roomId`, '请选择会议室或填写会议地点', 'Choose a room or enter a place'));
    return { id: null, name: null };
  }
  const room = core.q.first(qb.selectFrom('rooms').select(['id', 'name', 'active']).where('id', '=', draft.roomId));
  if (!room) {
    issues.push(field(`${P}.roomId`, '所选会议室不存在', 'The chosen room does not exist'));
    return { id: null, name: null };
  }
  // A meeting already booked in a room that was deactivated since keeps it; new bookings may not.
  if (room.active !== 1 && before?.room_id !== room.id) {
    issues.push(field(`${P}.roomId`, `会议室「${room.name}」已停用`, `Room "${room.name}" is no longer in use`));
  }
  return { id: room.id, name: room.name };
}

function organiserOf(core: Core, actor: Actor, draft: MeetingDraft, before: MeetingRow | null, issues: FieldIssue[]): string | null {
  const id = draft.organiserId === undefined ? (before ? before.organiser_id : actor.operatorId) : (draft.organiserId ?? actor.operatorId);
  if (id === null || id === before?.organiser_id) return id;
  const op = core.q.first(qb.selectFrom('operators').select('id').where('id', '=', id).where('active', '=', 1));
  if (!op) issues.push(field(`${P}.organiserId`, '所选组织人不存在或已停用', 'The chosen organiser does not exist or is inactive'));
  return id;
}

function seriesOf(core: Core, draft: MeetingDraft, before: MeetingRow | null, issues: FieldIssue[]): { id: string | null; newName: string | null } {
  if (draft.newSeriesName) {
    if (draft.seriesId) {
      issues.push(field(`${P}.newSeriesName`, '请选择已有系列或新建系列，二者选一', 'Join an existing series or start a new one, not both'));
    }
    return { id: null, newName: draft.newSeriesName };
  }
  const id = draft.seriesId === undefined ? (before?.series_id ?? null) : draft.seriesId;
  if (id !== null && !core.q.first(qb.selectFrom('meeting_series').select('id').where('id', '=', id))) {
    issues.push(field(`${P}.seriesId`, '所选会议系列不存在', 'The chosen meeting series does not exist'));
  }
  return { id, newName: null };
}

const KIND_LABEL: Record<InviteeKind, { zh: string; en: string }> = {
  staff: { zh: '工作人员', en: 'staff member' },
  agency_contact: { zh: '单位联系人', en: 'agency contact' },
  court_staff: { zh: '法院人员', en: 'court staff' },
  party: { zh: '当事人', en: 'party' },
};

function inviteeOf(
  core: Core,
  input: MeetingDraft['invitees'][number],
  path: string,
  existingKeys: ReadonlySet<string>,
  issues: FieldIssue[],
): NormalisedInvitee | null {
  const base = { kind: input.kind, operatorId: null, contactId: null, partyId: null, role: input.role, email: input.email ?? null };
  const missing = (idField: string) => {
    const label = KIND_LABEL[input.kind];
    issues.push(field(`${path}.${idField}`, `${label.zh}须选择具体人员`, `Choose which ${label.en} to invite`));
    return null;
  };
  switch (input.kind) {
    case 'staff': {
      if (!input.operatorId) return missing('operatorId');
      const op = core.q.first(qb.selectFrom('operators').select(['id', 'name']).where('id', '=', input.operatorId));
      if (!op) {
        issues.push(field(`${path}.operatorId`, '所选工作人员不存在', 'The chosen staff member does not exist'));
        return null;
      }
      return { ...base, key: `staff:${op.id}`, operatorId: op.id, name: input.name ?? op.name };
    }
    case 'agency_contact': {
      if (!input.contactId) return missing('contactId');
      const k = core.q.first(qb.selectFrom('agency_contacts').select(['id', 'name', 'email', 'active']).where('id', '=', input.contactId));
      if (!k) {
        issues.push(field(`${path}.contactId`, '所选单位联系人不存在', 'The chosen agency contact does not exist'));
        return null;
      }
      const key = `agency_contact:${k.id}`;
      if (k.active !== 1 && !existingKeys.has(key)) {
        issues.push(field(`${path}.contactId`, `联系人「${k.name}」已停用`, `Contact "${k.name}" is no longer active`));
      }
      return { ...base, key, contactId: k.id, name: input.name ?? k.name, email: input.email ?? k.email };
    }
    case 'party': {
      if (!input.partyId) return missing('partyId');
      const p = core.q.first(qb.selectFrom('parties').select(['id', 'name']).where('id', '=', input.partyId).where('deleted_at', 'is', null));
      if (!p) {
        issues.push(field(`${path}.partyId`, '所选当事人不存在', 'The chosen party does not exist'));
        return null;
      }
      return { ...base, key: `party:${p.id}`, partyId: p.id, name: input.name ?? p.name };
    }
    case 'court_staff': {
      if (!input.name) {
        issues.push(field(`${path}.name`, '请填写法院人员姓名', 'Enter the name of the court staff member'));
        return null;
      }
      return { ...base, key: `court_staff:${input.name}`, name: input.name };
    }
  }
}

function inviteesOf(core: Core, draft: MeetingDraft, before: MeetingRow | null, issues: FieldIssue[]): NormalisedInvitee[] {
  const existingKeys = new Set(before ? existingInviteeKeys(core, before.id) : []);
  const seen = new Set<string>();
  const out: NormalisedInvitee[] = [];
  draft.invitees.forEach((input, i) => {
    const path = `${P}.invitees.${i}`;
    const inv = inviteeOf(core, input, path, existingKeys, issues);
    if (!inv) return;
    if (seen.has(inv.key)) {
      issues.push(field(path, `「${inv.name}」重复邀请`, `${inv.name} is invited twice`));
      return;
    }
    seen.add(inv.key);
    out.push(inv);
  });
  return out;
}

/** The matching key of a stored invitee row (see NormalisedInvitee.key). */
export function inviteeKey(r: { kind: InviteeKind; operator_id: string | null; contact_id: string | null; party_id: string | null; name: string }): string {
  switch (r.kind) {
    case 'staff':
      return `staff:${r.operator_id}`;
    case 'agency_contact':
      return `agency_contact:${r.contact_id}`;
    case 'party':
      return `party:${r.party_id}`;
    case 'court_staff':
      return `court_staff:${r.name}`;
  }
}

function existingInviteeKeys(core: Core, meetingId: string): string[] {
  return core.q
    .all(qb.selectFrom('meeting_invitees').select(['kind', 'operator_id', 'contact_id', 'party_id', 'name']).where('meeting_id', '=', meetingId))
    .map(inviteeKey);
}

function agendaOf(core: Core, draft: MeetingDraft, before: MeetingRow | null, issues: FieldIssue[]): NormalisedAgendaItem[] {
  const own = new Set(
    before ? core.q.all(qb.selectFrom('agenda_items').select('id').where('meeting_id', '=', before.id)).map((r) => r.id) : [],
  );
  const seen = new Set<string>();
  const items = draft.agenda.map((input, i) => {
    const path = `${P}.agenda.${i}`;
    if (input.id !== undefined) {
      if (!own.has(input.id) || seen.has(input.id)) issues.push(field(`${path}.id`, '议程项不属于本会议', 'The agenda item is not one of this meeting’s'));
      seen.add(input.id);
    }
    const caseId = input.caseId ?? null;
    if (caseId === null && input.topic === null) {
      issues.push(field(`${path}.topic`, '议程须选择案件或填写议题', 'An agenda item needs a case or a topic'));
    }
    if (caseId !== null && !core.q.first(qb.selectFrom('cases').select('id').where('id', '=', caseId).where('deleted_at', 'is', null))) {
      issues.push(field(`${path}.caseId`, '所选案件不存在或已删除', 'The chosen case does not exist or was deleted'));
    }
    return {
      id: input.id ?? null,
      caseId,
      topic: input.topic,
      presenter: input.presenter,
      minutesAllotted: input.minutesAllotted ?? null,
      proposedPlan: input.proposedPlan,
      questions: input.questions,
    };
  });
  issues.push(...removalIssues(core, [...own].filter((id) => !seen.has(id))));
  return items;
}

/**
 * Agenda items being dropped from the list must not have minutes yet: their discussion, decision
 * or action items are the record of what the meeting did with them.
 */
function removalIssues(core: Core, removed: string[]): FieldIssue[] {
  if (removed.length === 0) return [];
  const rows = core.q.all(
    qb
      .selectFrom('agenda_items as g')
      .leftJoin('cases as c', 'c.id', 'g.case_id')
      .select((eb) => [
        'g.id',
        'g.topic',
        'c.case_number',
        'g.discussion',
        'g.decision',
        eb.exists(eb.selectFrom('action_items as ai').select('ai.id').whereRef('ai.agenda_item_id', '=', 'g.id')).as('has_actions'),
      ])
      .where('g.id', 'in', removed),
  );
  return rows
    .filter((r) => r.discussion !== null || r.decision !== null || Boolean(r.has_actions))
    .map((r) => {
      const name = [r.case_number, r.topic].filter(Boolean).join(' ');
      return field(
        `${P}.agenda`,
        `议程「${name}」已有会议记录或督办事项，不能删除`,
        `The agenda item "${name}" already has minutes or action items and cannot be removed`,
      );
    });
}

/**
 * The draft checked and resolved. `issues` empty → it can be saved (clashes aside); the clash
 * check alone (meetings.check) uses what resolved and ignores the issues.
 */
export function normaliseDraft(
  core: Core,
  actor: Actor,
  draft: MeetingDraft,
  before: MeetingRow | null,
): { meeting: NormalisedMeeting; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [...meetingTimeIssues(draft.startsAt, draft.endsAt)];
  if (before?.status === 'scheduled' && draft.status === 'draft') {
    issues.push(field(`${P}.status`, '已安排的会议不能退回草稿；如不再召开，请取消会议', 'A scheduled meeting cannot go back to draft; cancel it if it will not take place'));
  }
  const room = roomOf(core, draft, before, issues);
  const series = seriesOf(core, draft, before, issues);
  const meeting: NormalisedMeeting = {
    kind: draft.kind,
    title: draft.title,
    startsAt: toStoredInstant(draft.startsAt),
    endsAt: toStoredInstant(draft.endsAt),
    roomId: room.id,
    roomName: room.name,
    place: draft.place,
    organiserId: organiserOf(core, actor, draft, before, issues),
    status: draft.status,
    seriesId: series.id,
    newSeriesName: series.newName,
    invitees: inviteesOf(core, draft, before, issues),
    agenda: agendaOf(core, draft, before, issues),
  };
  return { meeting, issues };
}

export function clashSubjectOf(id: string | null, m: Pick<NormalisedMeeting, 'startsAt' | 'endsAt' | 'roomId' | 'roomName' | 'invitees'>): ClashSubject {
  return {
    id,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    roomId: m.roomId,
    roomName: m.roomName,
    staff: m.invitees.flatMap((i) => (i.operatorId ? [{ operatorId: i.operatorId, name: i.name }] : [])),
    contacts: m.invitees.flatMap((i) => (i.contactId ? [{ contactId: i.contactId, name: i.name }] : [])),
  };
}
