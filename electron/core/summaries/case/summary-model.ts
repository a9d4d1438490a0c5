import type { CaseDetail } from '../../../contract/schemas/cases';
import type { Stage } from '../../db/schema';

/**
 * What the case outcome summary (化解结果摘要 / 结案报告) says, read once from the database and
 * already in the words and masks of the printed document: the official-document writer and the
 * typical-case version both start from it.
 */

export interface SummaryParty {
  role: string;
  kind: 'person' | 'organisation';
  name: string;
  /** Masked (1303**********1234); the full number never reaches the document. */
  idNumber: string | null;
  /** Masked (138****1234). */
  phone: string | null;
}

export interface SummaryActivity {
  /** 'YYYY-MM-DD', China date. */
  date: string;
  step: string | null;
  description: string;
  result: string | null;
  place: string | null;
}

export interface SummaryStage {
  stage: Stage;
  label: string;
  activities: SummaryActivity[];
}

export interface SummaryMeeting {
  date: string;
  title: string;
  kind: string;
  /** What the meeting decided about this case (议定事项), else what was discussed. */
  decision: string | null;
}

export interface SummaryTask {
  agency: string;
  request: string;
  sentOn: string;
  dueOn: string;
  status: string;
  overdue: boolean;
  reply: string | null;
  repliedOn: string | null;
}

export interface SummaryOutcome {
  label: string;
  resolved: boolean;
  closedOn: string;
  summary: string | null;
  basis: string | null;
}

export interface CaseSummaryModel {
  centerName: string;
  /** The day the summary is made (signature date). */
  today: string;
  caseId: string;
  caseNumber: string;
  courtNumber: string | null;
  title: string;
  source: string;
  category: string | null;
  complexity: string;
  stageLabel: string;
  closed: boolean;
  typical: boolean;
  receivedOn: string;
  acceptedOn: string | null;
  coordinator: string | null;
  amountYuan: number | null;
  parties: SummaryParty[];
  /** In role order (被申请人 first); `respondent` tells the respondents apart without reading the label. */
  agencies: { name: string; role: string; respondent: boolean }[];
  disputeFocus: string | null;
  claims: string | null;
  /** Stages with at least one activity, in workflow order. */
  stages: SummaryStage[];
  meetings: SummaryMeeting[];
  tasks: SummaryTask[];
  outcome: SummaryOutcome | null;
  /** Activities of the follow-up visit step (回访). */
  followUps: SummaryActivity[];
}

export type DetailActivity = CaseDetail['activities'][number];
