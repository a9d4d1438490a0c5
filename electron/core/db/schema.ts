/**
 * Row types for Kysely, one interface per table of migration 0001. Keep in step with the
 * migrations: `test/core/db/schema-types.test.ts` compares these column lists with the live file.
 */
import type { Generated } from 'kysely';

export type Stage = 'intake' | 'pre' | 'during' | 'post' | 'closed';
export type Role = 'administrator' | 'coordinator' | 'secretary' | 'liaison';
export type AgencyKind =
  | 'member_unit'
  | 'district_government'
  | 'department'
  | 'court'
  | 'mediation_org'
  | 'other';
export type CaseSource =
  | 'court_delegated'
  | 'court_entrusted'
  | 'invited'
  | 'admin_review'
  | 'petition'
  | 'party_application'
  | 'agency_referral';
export type AgencyRole = 'respondent' | 'lead' | 'supporting' | 'related';
export type Outcome =
  | 'withdrawn'
  | 'settlement'
  | 'agency_corrected'
  | 'judicial_confirmation'
  | 'transferred_to_filing'
  | 'terminated';
export type MeetingKind = 'plenary' | 'joint' | 'analysis' | 'coordination' | 'resolution';
export type TaskStatus = 'sent' | 'acknowledged' | 'answered' | 'closed';

interface Stamps {
  created_at: string;
  updated_at: string;
  /** Stamped by triggers from the global change counter. */
  change_seq: Generated<number>;
}
type Bool = 0 | 1;

export interface SettingsTable extends Stamps {
  key: string;
  value: string;
}
export interface OperatorsTable extends Stamps {
  id: string;
  name: string;
  role: Role;
  password_hash: string | null;
  active: Generated<Bool>;
}
export interface AgenciesTable extends Stamps {
  id: string;
  name: string;
  short_name: string | null;
  kind: AgencyKind;
  parent_id: string | null;
  active: Generated<Bool>;
  deleted_at: string | null;
}
export interface AgencyContactsTable extends Stamps {
  id: string;
  agency_id: string;
  name: string;
  title: string | null;
  phones: Generated<string>;
  email: string | null;
  is_head: Generated<Bool>;
  notes: string | null;
  active: Generated<Bool>;
}
export interface DisputeCategoriesTable extends Stamps {
  id: string;
  name: string;
  sort: Generated<number>;
  active: Generated<Bool>;
}
export interface WorkflowTemplatesTable extends Stamps {
  id: string;
  name: string;
  version: number;
  is_current: Generated<Bool>;
}
export interface WorkflowStepsTable extends Stamps {
  id: string;
  template_id: string;
  code: string;
  stage: Stage;
  name: string;
  kind: string;
  required: Generated<Bool>;
  time_limit_days: number | null;
  sort: number;
  retired: Generated<Bool>;
}
export interface CaseNumberSequencesTable {
  year: number;
  last_value: number;
}
export interface CasesTable extends Stamps {
  id: string;
  case_number: string;
  court_number: string | null;
  title: string;
  source: CaseSource;
  category_id: string | null;
  complexity: Generated<'simple' | 'complex'>;
  stage: Generated<Stage>;
  status: Generated<'open' | 'closed'>;
  coordinator_id: string | null;
  template_id: string | null;
  dispute_focus: string | null;
  claims: string | null;
  amount_cents: number | null;
  mediability_flags: Generated<string>;
  received_on: string;
  accepted_on: string | null;
  closed_on: string | null;
  outcome: Outcome | null;
  outcome_summary: string | null;
  outcome_basis: string | null;
  is_typical: Generated<Bool>;
  notes: string | null;
  deleted_at: string | null;
}
export interface PartiesTable extends Stamps {
  id: string;
  case_id: string;
  role: Generated<'applicant' | 'third_party' | 'representative'>;
  kind: 'person' | 'organisation';
  name: string;
  id_type: string | null;
  id_number: string | null;
  phone: string | null;
  address: string | null;
  anonymised_at: string | null;
  deleted_at: string | null;
}
export interface CaseAgenciesTable extends Stamps {
  id: string;
  case_id: string;
  agency_id: string;
  role: AgencyRole;
  deleted_at: string | null;
}
export interface StageTransitionsTable {
  id: string;
  case_id: string;
  from_stage: Stage | null;
  to_stage: Stage;
  kind: 'advance' | 'close' | 'reopen' | 'create';
  reason: string | null;
  operator_id: string | null;
  at: string;
}
export interface ActivitiesTable extends Stamps {
  id: string;
  case_id: string;
  step_id: string | null;
  stage: Stage;
  occurred_at: string;
  place: string | null;
  participants: Generated<string>;
  description: string;
  result: string | null;
  operator_id: string | null;
  deleted_at: string | null;
}
export interface AttachmentsTable extends Stamps {
  id: string;
  case_id: string;
  activity_id: string | null;
  sha256: string;
  file_name: string;
  size_bytes: number;
  mime_type: string | null;
  deleted_at: string | null;
}
export interface RoomsTable extends Stamps {
  id: string;
  name: string;
  location: string | null;
  capacity: number | null;
  active: Generated<Bool>;
}
export interface MeetingSeriesTable extends Stamps {
  id: string;
  name: string;
  kind: MeetingKind;
  rrule: string | null;
}
export interface MeetingsTable extends Stamps {
  id: string;
  series_id: string | null;
  kind: MeetingKind;
  title: string;
  starts_at: string;
  ends_at: string;
  room_id: string | null;
  place: string | null;
  organiser_id: string | null;
  status: Generated<'draft' | 'scheduled' | 'held' | 'cancelled'>;
  ics_sequence: Generated<number>;
  deleted_at: string | null;
}
export interface MeetingInviteesTable extends Stamps {
  id: string;
  meeting_id: string;
  kind: 'staff' | 'agency_contact' | 'court_staff' | 'party';
  operator_id: string | null;
  contact_id: string | null;
  party_id: string | null;
  name: string;
  email: string | null;
  role: Generated<'chair' | 'required' | 'optional' | 'non_participant'>;
  attended: Bool | null;
  signed_in_at: string | null;
}
export interface AgendaItemsTable extends Stamps {
  id: string;
  meeting_id: string;
  case_id: string | null;
  topic: string | null;
  presenter: string | null;
  minutes_allotted: number | null;
  sort: number;
  proposed_plan: string | null;
  questions: string | null;
  discussion: string | null;
  decision: string | null;
}
export interface MinutesTable extends Stamps {
  id: string;
  meeting_id: string;
  summary: string | null;
  recorded_by: string | null;
  finalised_at: string | null;
}
export interface ActionItemsTable extends Stamps {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  case_id: string | null;
  agency_id: string | null;
  contact_id: string | null;
  description: string;
  due_on: string | null;
  status: Generated<'open' | 'done' | 'dropped'>;
}
export interface CoordinationTasksTable extends Stamps {
  id: string;
  case_id: string | null;
  meeting_id: string | null;
  action_item_id: string | null;
  agency_id: string;
  contact_id: string | null;
  request: string;
  sent_on: string;
  due_on: string;
  status: Generated<TaskStatus>;
  acknowledged_on: string | null;
  reply_text: string | null;
  replied_on: string | null;
  closed_on: string | null;
  last_reminded_at: string | null;
  reminder_count: Generated<number>;
  deleted_at: string | null;
}
export interface ClocksTable extends Stamps {
  id: string;
  case_id: string;
  kind: 'resolution' | 'transfer_to_filing' | 'follow_up_visit' | 'step';
  step_id: string | null;
  trigger_on: string;
  limit_days: number;
  due_on: string;
  status: Generated<'open' | 'met' | 'missed' | 'cancelled'>;
  completed_on: string | null;
}
export interface ClockAdjustmentsTable extends Stamps {
  id: string;
  clock_id: string;
  kind: 'suspension' | 'extension';
  from_on: string;
  to_on: string | null;
  extra_days: number | null;
  reason: string;
  operator_id: string | null;
}
export interface HolidaysTable extends Stamps {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}
export interface CourtHearingsTable extends Stamps {
  id: string;
  case_id: string | null;
  court_number: string | null;
  agency_id: string;
  held_on: string;
  appeared_name: string | null;
  appeared_title: string | null;
  head_appeared: Generated<Bool>;
  deleted_at: string | null;
}
export interface JudicialSuggestionsTable extends Stamps {
  id: string;
  case_id: string | null;
  reference: string | null;
  agency_id: string;
  received_on: string;
  content: string;
  reply_due_on: string | null;
  feedback: string | null;
  feedback_on: string | null;
  deleted_at: string | null;
}
export interface HearingAttendanceTable extends Stamps {
  id: string;
  agency_id: string;
  attended_on: string;
  court_number: string | null;
  attendees: string | null;
}
export interface QuarterlyNoticesTable {
  id: string;
  quarter: string;
  agency_id: string;
  reasons: Generated<string>;
  rectification: string | null;
  rectification_on: string | null;
  created_at: string;
  updated_at: string;
}
export interface CourtBatchesTable extends Stamps {
  id: string;
  direction: 'export' | 'import';
  batch_number: number | null;
  kind: 'package' | 'referrals' | 'receipt';
  from_change_seq: number | null;
  to_change_seq: number | null;
  file_name: string | null;
  sha256: string | null;
  record_count: Generated<number>;
  delivered_at: string | null;
  acknowledged_at: string | null;
  operator_id: string | null;
  mode: 'incremental' | 'all' | null;
  case_count: Generated<number>;
  signing_fingerprint: string | null;
  summary: string | null;
}
export interface CourtFilingsTable {
  case_id: string;
  filing_number: string;
  filed_on: string | null;
  batch_number: number;
  created_at: string;
}
export interface CourtBatchPackagesTable {
  batch_id: string;
  bytes: Uint8Array;
}
export interface CourtDocumentsTable {
  case_id: string;
  kind: 'outcome_summary' | 'transfer_notice';
  source_seq: number;
  sha256: string;
  bytes: Uint8Array;
  created_at: string;
}
export interface SigningKeysTable {
  id: string;
  public_key_pem: string;
  private_key_sealed: string;
  sealing: string;
  fingerprint: string;
  created_at: string;
  retired_at: string | null;
}
export interface AuditLogTable {
  seq: number;
  at: string;
  operator_id: string | null;
  operator_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: Generated<string>;
  prev_hash: string;
  hash: string;
}

/** Migration 0003: an operator's named case-list filters (常用筛选). JSON in filters and sort. */
export interface SavedViewsTable extends Stamps {
  id: string;
  operator_id: string | null;
  name: string;
  filters: string;
  sort: string | null;
}
/** Migration 0003: the search index's document per live case (see electron/core/search). */
export interface SearchDocsTable {
  doc: Generated<number>;
  case_id: string;
}
/** Migration 0003: cases whose search document must be rebuilt (filled by triggers). */
export interface SearchDirtyTable {
  case_id: string;
}
/** Migration 0003: the two FTS5 tables (contentless; only rowid = search_docs.doc reads back). */
export interface SearchTextTable {
  rowid: number;
  case_number: string | null;
  court_number: string | null;
  parties: string | null;
  dispute_focus: string | null;
  title: string | null;
  claims: string | null;
  notes: string | null;
  activities: string | null;
}

export interface DB {
  settings: SettingsTable;
  operators: OperatorsTable;
  agencies: AgenciesTable;
  agency_contacts: AgencyContactsTable;
  dispute_categories: DisputeCategoriesTable;
  workflow_templates: WorkflowTemplatesTable;
  workflow_steps: WorkflowStepsTable;
  case_number_sequences: CaseNumberSequencesTable;
  cases: CasesTable;
  parties: PartiesTable;
  case_agencies: CaseAgenciesTable;
  stage_transitions: StageTransitionsTable;
  activities: ActivitiesTable;
  attachments: AttachmentsTable;
  rooms: RoomsTable;
  meeting_series: MeetingSeriesTable;
  meetings: MeetingsTable;
  meeting_invitees: MeetingInviteesTable;
  agenda_items: AgendaItemsTable;
  minutes: MinutesTable;
  action_items: ActionItemsTable;
  coordination_tasks: CoordinationTasksTable;
  clocks: ClocksTable;
  clock_adjustments: ClockAdjustmentsTable;
  holidays: HolidaysTable;
  court_hearings: CourtHearingsTable;
  judicial_suggestions: JudicialSuggestionsTable;
  hearing_attendance: HearingAttendanceTable;
  quarterly_notices: QuarterlyNoticesTable;
  court_batches: CourtBatchesTable;
  signing_keys: SigningKeysTable;
  court_filings: CourtFilingsTable;
  court_batch_packages: CourtBatchPackagesTable;
  court_documents: CourtDocumentsTable;
  audit_log: AuditLogTable;
  saved_views: SavedViewsTable;
  search_docs: SearchDocsTable;
  search_dirty: SearchDirtyTable;
  search_trigram: SearchTextTable;
  search_unigram: SearchTextTable;
}
