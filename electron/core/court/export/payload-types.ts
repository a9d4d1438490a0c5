import type { BatchMode } from '../../../contract/schemas/court';

/**
 * The payload of a court package (data/ in the bag), as the court reads it: one JSON object per
 * line in data/records/<file>.jsonl, described by resources/court-package/v1/court-package.schema.json
 * ($defs named in RECORD_FILES). Field names are camelCase and chosen here, not the database's
 * column names, so the schema the court codes against does not move when a column is renamed.
 * Every record carries the change_seq it was read at.
 */

export interface CaseRecord {
  id: string;
  changeSeq: number;
  caseNumber: string;
  courtNumber: string | null;
  title: string;
  source: string;
  category: string | null;
  complexity: string;
  stage: string;
  status: string;
  coordinator: string | null;
  disputeFocus: string | null;
  claims: string | null;
  amountCents: number | null;
  mediabilityFlags: string[];
  receivedOn: string;
  acceptedOn: string | null;
  closedOn: string | null;
  outcome: string | null;
  courtFilingNumber: string | null;
  courtFiledOn: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What the court needs of a party to file a case: the full ID number goes to the court. */
export interface PartyRecord {
  id: string;
  changeSeq: number;
  caseId: string;
  role: string;
  kind: string;
  name: string;
  idType: string | null;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

export interface AgencyRecord {
  id: string;
  changeSeq: number;
  name: string;
  shortName: string | null;
  kind: string;
  parentId: string | null;
  active: boolean;
}

export interface CaseAgencyRecord {
  id: string;
  changeSeq: number;
  caseId: string;
  agencyId: string;
  role: string;
}

export interface ActivityRecord {
  id: string;
  changeSeq: number;
  caseId: string;
  stage: string;
  /** The workflow step's name when the activity was logged against one. */
  step: string | null;
  occurredAt: string;
  place: string | null;
  participants: { kind: string; name: string }[];
  description: string;
  result: string | null;
}

export interface AgendaItemRecord {
  id: string;
  changeSeq: number;
  caseId: string;
  sort: number;
  topic: string | null;
  decision: string | null;
}

export interface MeetingRecord {
  id: string;
  changeSeq: number;
  kind: string;
  title: string;
  startsAt: string;
  endsAt: string;
  status: string;
  /** Only the items about cases in this batch. */
  agenda: AgendaItemRecord[];
}

export interface TaskRecord {
  id: string;
  changeSeq: number;
  caseId: string;
  agencyId: string;
  request: string;
  sentOn: string;
  dueOn: string;
  status: string;
  acknowledgedOn: string | null;
  replyText: string | null;
  repliedOn: string | null;
  closedOn: string | null;
}

export interface OutcomeRecord {
  caseId: string;
  changeSeq: number;
  outcome: string;
  closedOn: string;
  summary: string | null;
  basis: string | null;
}

export interface TransferRecord {
  caseId: string;
  changeSeq: number;
  /** The day mediation failed (the case was closed); the 5-day transfer clock starts from it. */
  failedOn: string;
  transferDueOn: string | null;
  /** When the transfer was logged (the clock completed); null while it is still due. */
  transferredOn: string | null;
  clockStatus: string | null;
  courtFilingNumber: string | null;
  courtFiledOn: string | null;
}

export type DeletionEntity = 'cases' | 'parties' | 'case-agencies' | 'activities' | 'tasks' | 'meetings' | 'agencies';

export interface DeletionRecord {
  /** The record file the deleted record was sent in (its name without .jsonl). */
  entity: DeletionEntity;
  id: string;
  caseId: string | null;
  deletedAt: string;
  changeSeq: number;
}

export interface PayloadRecords {
  cases: CaseRecord[];
  parties: PartyRecord[];
  agencies: AgencyRecord[];
  'case-agencies': CaseAgencyRecord[];
  activities: ActivityRecord[];
  meetings: MeetingRecord[];
  tasks: TaskRecord[];
  outcomes: OutcomeRecord[];
  transfers: TransferRecord[];
  deletions: DeletionRecord[];
}

export type RecordFile = keyof PayloadRecords;

/** Each records/<file>.jsonl and the schema's $defs entry its lines follow, in manifest order. */
export const RECORD_FILES: readonly { file: RecordFile; def: string }[] = [
  { file: 'cases', def: 'case' },
  { file: 'parties', def: 'party' },
  { file: 'agencies', def: 'agency' },
  { file: 'case-agencies', def: 'caseAgency' },
  { file: 'activities', def: 'activity' },
  { file: 'meetings', def: 'meeting' },
  { file: 'tasks', def: 'task' },
  { file: 'outcomes', def: 'outcome' },
  { file: 'transfers', def: 'transfer' },
  { file: 'deletions', def: 'deletion' },
];

export const recordPath = (file: RecordFile): string => `records/${file}.jsonl`;

export interface ManifestFile {
  path: string;
  records?: number;
  bytes?: number;
}

export interface PayloadManifest {
  schemaVersion: string;
  batchNumber: number;
  externalIdentifier: string;
  mode: BatchMode;
  center: { name: string; courtName: string };
  createdAt: string;
  fromChangeSeq: number;
  toChangeSeq: number;
  previousAcknowledgedBatch: number | null;
  files: ManifestFile[];
  counts: Record<RecordFile, number> & { documents: number };
  /** The center's audit chain head when the batch was made: the court keeps it as an outside anchor. */
  auditHead: { seq: number; hash: string };
  signingKeyFingerprint: string;
}
