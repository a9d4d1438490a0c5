import type { Migration } from './migration';

/**
 * The whole domain of DOMAIN.md in one first step, so later features add behaviour, not tables.
 *
 * Conventions:
 * - `id TEXT PRIMARY KEY` holds a UUIDv7 (time-ordered, mergeable with the court's records).
 * - timestamps are UTC ISO-8601 text (`2026-11-27T08:00:00.000Z`); plain dates are `YYYY-MM-DD`.
 * - every mutable row has `created_at`, `updated_at` and `change_seq`; triggers stamp `change_seq`
 *   from one global counter on every insert and update, so an incremental court export is
 *   "rows with change_seq > the last acknowledged batch" and no code path can forget to bump it.
 * - rows the court must hear about when they disappear are soft-deleted (`deleted_at`).
 * - enumerations are CHECK-constrained: a bad value is refused by the store itself.
 */
const MUTABLE_TABLES = [
  'settings',
  'operators',
  'agencies',
  'agency_contacts',
  'dispute_categories',
  'workflow_templates',
  'workflow_steps',
  'cases',
  'parties',
  'case_agencies',
  'activities',
  'attachments',
  'coordination_tasks',
  'clocks',
  'clock_adjustments',
  'holidays',
  'rooms',
  'meeting_series',
  'meetings',
  'meeting_invitees',
  'agenda_items',
  'minutes',
  'action_items',
  'court_hearings',
  'judicial_suggestions',
  'hearing_attendance',
  'court_batches',
] as const;

const STAMPS = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  change_seq INTEGER NOT NULL DEFAULT 0`;

const SCHEMA = `
CREATE TABLE change_counter (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  value INTEGER NOT NULL
);
INSERT INTO change_counter (id, value) VALUES (1, 0);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL, -- JSON
  ${STAMPS}
);

CREATE TABLE operators (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('administrator', 'coordinator', 'secretary', 'liaison')),
  password_hash TEXT, -- scrypt, set when sign-in is enabled
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  ${STAMPS}
);

CREATE TABLE agencies (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  short_name TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('member_unit', 'district_government', 'department', 'court', 'mediation_org', 'other')),
  parent_id TEXT REFERENCES agencies(id),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  deleted_at TEXT,
  ${STAMPS}
);
CREATE INDEX agencies_parent ON agencies(parent_id);

CREATE TABLE agency_contacts (
  id TEXT PRIMARY KEY,
  agency_id TEXT NOT NULL REFERENCES agencies(id),
  name TEXT NOT NULL,
  title TEXT,
  phones TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
  email TEXT,
  is_head INTEGER NOT NULL DEFAULT 0 CHECK (is_head IN (0, 1)), -- the agency's responsible person
  notes TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  ${STAMPS}
);
CREATE INDEX agency_contacts_agency ON agency_contacts(agency_id);

CREATE TABLE dispute_categories (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  sort INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  ${STAMPS}
);

CREATE TABLE workflow_templates (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  version INTEGER NOT NULL UNIQUE,
  is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
  ${STAMPS}
);
CREATE UNIQUE INDEX workflow_templates_one_current ON workflow_templates(is_current) WHERE is_current = 1;

CREATE TABLE workflow_steps (
  id TEXT PRIMARY KEY,
  template_id TEXT NOT NULL REFERENCES workflow_templates(id),
  code TEXT NOT NULL, -- stable across template versions
  stage TEXT NOT NULL CHECK (stage IN ('intake', 'pre', 'during', 'post', 'closed')),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
  time_limit_days INTEGER CHECK (time_limit_days IS NULL OR time_limit_days > 0),
  sort INTEGER NOT NULL,
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  ${STAMPS},
  UNIQUE (template_id, code)
);

CREATE TABLE case_number_sequences (
  year INTEGER PRIMARY KEY,
  last_value INTEGER NOT NULL
);

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  case_number TEXT NOT NULL UNIQUE,
  court_number TEXT UNIQUE,
  title TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('court_delegated', 'court_entrusted', 'invited', 'admin_review', 'petition', 'party_application', 'agency_referral')),
  category_id TEXT REFERENCES dispute_categories(id),
  complexity TEXT NOT NULL DEFAULT 'simple' CHECK (complexity IN ('simple', 'complex')),
  stage TEXT NOT NULL DEFAULT 'intake' CHECK (stage IN ('intake', 'pre', 'during', 'post', 'closed')),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  coordinator_id TEXT REFERENCES operators(id),
  template_id TEXT REFERENCES workflow_templates(id),
  dispute_focus TEXT,
  claims TEXT,
  amount_cents INTEGER,
  mediability_flags TEXT NOT NULL DEFAULT '[]', -- JSON: art. 60 grounds (compensation, indemnity, discretion)
  received_on TEXT NOT NULL,
  accepted_on TEXT,
  closed_on TEXT,
  outcome TEXT CHECK (outcome IS NULL OR outcome IN ('withdrawn', 'settlement', 'agency_corrected', 'judicial_confirmation', 'transferred_to_filing', 'terminated')),
  outcome_summary TEXT,
  outcome_basis TEXT,
  is_typical INTEGER NOT NULL DEFAULT 0 CHECK (is_typical IN (0, 1)),
  notes TEXT,
  deleted_at TEXT,
  ${STAMPS}
);
CREATE INDEX cases_stage ON cases(stage, status);
CREATE INDEX cases_received ON cases(received_on);
CREATE INDEX cases_category ON cases(category_id);
CREATE INDEX cases_coordinator ON cases(coordinator_id);
CREATE INDEX cases_change_seq ON cases(change_seq);

CREATE TABLE parties (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  role TEXT NOT NULL DEFAULT 'applicant' CHECK (role IN ('applicant', 'third_party', 'representative')),
  kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
  name TEXT NOT NULL,
  id_type TEXT CHECK (id_type IS NULL OR id_type IN ('resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'uscc', 'other')),
  id_number TEXT,
  phone TEXT,
  address TEXT,
  anonymised_at TEXT, -- PIPL retention: personal data cleared
  deleted_at TEXT,
  ${STAMPS}
);
CREATE INDEX parties_case ON parties(case_id);

CREATE TABLE case_agencies (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  agency_id TEXT NOT NULL REFERENCES agencies(id),
  role TEXT NOT NULL CHECK (role IN ('respondent', 'lead', 'supporting', 'related')),
  deleted_at TEXT,
  ${STAMPS},
  UNIQUE (case_id, agency_id, role)
);
CREATE INDEX case_agencies_agency ON case_agencies(agency_id, role);

-- The case history: every stage move, closing and reopening. Append-only.
CREATE TABLE stage_transitions (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  from_stage TEXT,
  to_stage TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('advance', 'close', 'reopen', 'create')),
  reason TEXT,
  operator_id TEXT REFERENCES operators(id),
  at TEXT NOT NULL
);
CREATE INDEX stage_transitions_case ON stage_transitions(case_id, at);

CREATE TABLE activities (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  step_id TEXT REFERENCES workflow_steps(id),
  stage TEXT NOT NULL CHECK (stage IN ('intake', 'pre', 'during', 'post', 'closed')),
  occurred_at TEXT NOT NULL,
  place TEXT,
  participants TEXT NOT NULL DEFAULT '[]', -- JSON: [{kind, refId?, name}]
  description TEXT NOT NULL,
  result TEXT,
  operator_id TEXT REFERENCES operators(id),
  deleted_at TEXT,
  ${STAMPS}
);
CREATE INDEX activities_case ON activities(case_id, occurred_at);

CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  activity_id TEXT REFERENCES activities(id),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  file_name TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  mime_type TEXT,
  deleted_at TEXT,
  ${STAMPS}
);
CREATE INDEX attachments_case ON attachments(case_id);
CREATE INDEX attachments_activity ON attachments(activity_id);

CREATE TABLE rooms (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  location TEXT,
  capacity INTEGER,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  ${STAMPS}
);

CREATE TABLE meeting_series (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('plenary', 'joint', 'analysis', 'coordination', 'resolution')),
  rrule TEXT, -- RFC 5545 recurrence rule
  ${STAMPS}
);

CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  series_id TEXT REFERENCES meeting_series(id),
  kind TEXT NOT NULL CHECK (kind IN ('plenary', 'joint', 'analysis', 'coordination', 'resolution')),
  title TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  room_id TEXT REFERENCES rooms(id),
  place TEXT,
  organiser_id TEXT REFERENCES operators(id),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'scheduled', 'held', 'cancelled')),
  ics_sequence INTEGER NOT NULL DEFAULT 0,
  deleted_at TEXT,
  ${STAMPS},
  CHECK (ends_at > starts_at)
);
CREATE INDEX meetings_time ON meetings(starts_at, ends_at);
CREATE INDEX meetings_room ON meetings(room_id, starts_at);

CREATE TABLE meeting_invitees (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id),
  kind TEXT NOT NULL CHECK (kind IN ('staff', 'agency_contact', 'court_staff', 'party')),
  operator_id TEXT REFERENCES operators(id),
  contact_id TEXT REFERENCES agency_contacts(id),
  party_id TEXT REFERENCES parties(id),
  name TEXT NOT NULL,
  email TEXT,
  role TEXT NOT NULL DEFAULT 'required' CHECK (role IN ('chair', 'required', 'optional', 'non_participant')),
  attended INTEGER CHECK (attended IS NULL OR attended IN (0, 1)),
  signed_in_at TEXT,
  ${STAMPS}
);
CREATE INDEX meeting_invitees_meeting ON meeting_invitees(meeting_id);
CREATE INDEX meeting_invitees_operator ON meeting_invitees(operator_id);
CREATE INDEX meeting_invitees_contact ON meeting_invitees(contact_id);

CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id),
  case_id TEXT REFERENCES cases(id),
  topic TEXT,
  presenter TEXT,
  minutes_allotted INTEGER,
  sort INTEGER NOT NULL,
  proposed_plan TEXT,
  questions TEXT,
  discussion TEXT,
  decision TEXT,
  ${STAMPS},
  CHECK (case_id IS NOT NULL OR topic IS NOT NULL)
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, sort);
CREATE INDEX agenda_items_case ON agenda_items(case_id);

CREATE TABLE minutes (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL UNIQUE REFERENCES meetings(id),
  summary TEXT,
  recorded_by TEXT REFERENCES operators(id),
  finalised_at TEXT,
  ${STAMPS}
);

CREATE TABLE action_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id),
  agenda_item_id TEXT REFERENCES agenda_items(id),
  case_id TEXT REFERENCES cases(id),
  agency_id TEXT REFERENCES agencies(id),
  contact_id TEXT REFERENCES agency_contacts(id),
  description TEXT NOT NULL,
  due_on TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  ${STAMPS}
);
CREATE INDEX action_items_meeting ON action_items(meeting_id);

CREATE TABLE coordination_tasks (
  id TEXT PRIMARY KEY,
  case_id TEXT REFERENCES cases(id),
  meeting_id TEXT REFERENCES meetings(id),
  action_item_id TEXT UNIQUE REFERENCES action_items(id),
  agency_id TEXT NOT NULL REFERENCES agencies(id),
  contact_id TEXT REFERENCES agency_contacts(id),
  request TEXT NOT NULL,
  sent_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'acknowledged', 'answered', 'closed')),
  acknowledged_on TEXT,
  reply_text TEXT,
  replied_on TEXT,
  closed_on TEXT,
  last_reminded_at TEXT,
  reminder_count INTEGER NOT NULL DEFAULT 0,
  deleted_at TEXT,
  ${STAMPS}
);
CREATE INDEX coordination_tasks_agency ON coordination_tasks(agency_id, status);
CREATE INDEX coordination_tasks_case ON coordination_tasks(case_id);
CREATE INDEX coordination_tasks_due ON coordination_tasks(status, due_on);

-- Legal and working deadlines. due_on is recomputed from started_on, limit_days and adjustments.
CREATE TABLE clocks (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL CHECK (kind IN ('resolution', 'transfer_to_filing', 'follow_up_visit', 'step')),
  step_id TEXT REFERENCES workflow_steps(id),
  trigger_on TEXT NOT NULL,
  limit_days INTEGER NOT NULL CHECK (limit_days > 0),
  due_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'met', 'missed', 'cancelled')),
  completed_on TEXT,
  ${STAMPS}
);
CREATE INDEX clocks_open ON clocks(status, due_on);
CREATE INDEX clocks_case ON clocks(case_id);

CREATE TABLE clock_adjustments (
  id TEXT PRIMARY KEY,
  clock_id TEXT NOT NULL REFERENCES clocks(id),
  kind TEXT NOT NULL CHECK (kind IN ('suspension', 'extension')),
  from_on TEXT NOT NULL,
  to_on TEXT, -- suspension end; NULL while still suspended
  extra_days INTEGER, -- extension length
  reason TEXT NOT NULL,
  operator_id TEXT REFERENCES operators(id),
  ${STAMPS}
);
CREATE INDEX clock_adjustments_clock ON clock_adjustments(clock_id);

-- Official holidays and makeup working days (调休): data the center updates every year.
CREATE TABLE holidays (
  date TEXT PRIMARY KEY, -- YYYY-MM-DD
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name TEXT NOT NULL,
  ${STAMPS}
);

-- 负责人出庭应诉: one row per hearing of a case that went to court, per agency.
CREATE TABLE court_hearings (
  id TEXT PRIMARY KEY,
  case_id TEXT REFERENCES cases(id),
  court_number TEXT,
  agency_id TEXT NOT NULL REFERENCES agencies(id),
  held_on TEXT NOT NULL,
  appeared_name TEXT,
  appeared_title TEXT,
  head_appeared INTEGER NOT NULL DEFAULT 0 CHECK (head_appeared IN (0, 1)),
  deleted_at TEXT,
  ${STAMPS}
);
CREATE INDEX court_hearings_agency ON court_hearings(agency_id, held_on);

-- 司法建议 sent by the court to an agency, and the agency's implementation feedback.
CREATE TABLE judicial_suggestions (
  id TEXT PRIMARY KEY,
  case_id TEXT REFERENCES cases(id),
  reference TEXT,
  agency_id TEXT NOT NULL REFERENCES agencies(id),
  received_on TEXT NOT NULL,
  content TEXT NOT NULL,
  reply_due_on TEXT,
  feedback TEXT,
  feedback_on TEXT,
  deleted_at TEXT,
  ${STAMPS}
);
CREATE INDEX judicial_suggestions_agency ON judicial_suggestions(agency_id);

-- 旁听庭审: agency staff attending a court hearing.
CREATE TABLE hearing_attendance (
  id TEXT PRIMARY KEY,
  agency_id TEXT NOT NULL REFERENCES agencies(id),
  attended_on TEXT NOT NULL,
  court_number TEXT,
  attendees TEXT,
  ${STAMPS}
);
CREATE INDEX hearing_attendance_agency ON hearing_attendance(agency_id, attended_on);

-- Quarterly notifications (季度通报) and each agency's rectification feedback.
CREATE TABLE quarterly_notices (
  id TEXT PRIMARY KEY,
  quarter TEXT NOT NULL, -- e.g. 2026Q3
  agency_id TEXT NOT NULL REFERENCES agencies(id),
  reasons TEXT NOT NULL DEFAULT '[]', -- JSON
  rectification TEXT,
  rectification_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (quarter, agency_id)
);

-- Files exchanged with the court: our export batches and the court's referrals/receipts.
CREATE TABLE court_batches (
  id TEXT PRIMARY KEY,
  direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
  batch_number INTEGER, -- export sequence
  kind TEXT NOT NULL CHECK (kind IN ('package', 'referrals', 'receipt')),
  from_change_seq INTEGER,
  to_change_seq INTEGER,
  file_name TEXT,
  sha256 TEXT,
  record_count INTEGER NOT NULL DEFAULT 0,
  delivered_at TEXT,
  acknowledged_at TEXT,
  operator_id TEXT REFERENCES operators(id),
  ${STAMPS},
  UNIQUE (direction, batch_number)
);

CREATE TABLE signing_keys (
  id TEXT PRIMARY KEY,
  public_key_pem TEXT NOT NULL,
  private_key_sealed TEXT NOT NULL, -- encrypted with the OS keychain where available
  sealing TEXT NOT NULL, -- how private_key_sealed is protected
  fingerprint TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  retired_at TEXT
);

-- Append-only, hash-chained: each row stores the hash of the one before it. Written in the same
-- transaction as the change it records. seq is the chain order. AUTOINCREMENT makes SQLite
-- remember the highest seq ever written, so even a deleted last entry is noticed.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  operator_id TEXT,
  operator_name TEXT,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  detail TEXT NOT NULL DEFAULT '{}', -- JSON
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_log_operator ON audit_log(operator_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;

function changeSeqTriggers(table: string, key: string): string {
  // recursive_triggers is off (SQLite's default), so the UPDATE inside these triggers does not
  // fire them again.
  return `
CREATE TRIGGER ${table}_seq_insert AFTER INSERT ON ${table}
BEGIN
  UPDATE change_counter SET value = value + 1 WHERE id = 1;
  UPDATE ${table} SET change_seq = (SELECT value FROM change_counter WHERE id = 1) WHERE ${key} = NEW.${key};
END;
CREATE TRIGGER ${table}_seq_update AFTER UPDATE ON ${table}
WHEN NEW.change_seq = OLD.change_seq
BEGIN
  UPDATE change_counter SET value = value + 1 WHERE id = 1;
  UPDATE ${table} SET change_seq = (SELECT value FROM change_counter WHERE id = 1) WHERE ${key} = NEW.${key};
END;`;
}

export const migration0001: Migration = {
  version: 1,
  name: 'initial-domain',
  up(sqlite) {
    sqlite.exec(SCHEMA);
    for (const table of MUTABLE_TABLES) {
      sqlite.exec(changeSeqTriggers(table, table === 'settings' ? 'key' : table === 'holidays' ? 'date' : 'id'));
    }
  },
};
