/**
 * The meeting pack (会议材料包) as pure data: everything the DOCX and the PDF print, already in
 * the words and order of the page. Both writers read only this, so they cannot disagree about
 * content, and the writers can be tested with hand-made models.
 *
 * `runningHead` is the label printed at the top of every page of that part (the issue: "every
 * page carries its agenda item"), e.g. "议程三 案情简介 行化〔2026〕15号".
 */

export interface PackCover {
  centerName: string;
  title: string;
  /** 案情研判会 … */
  kind: string;
  seriesName: string | null;
  /** 2026年12月3日（星期四）09:00—11:00 */
  time: string;
  /** The room (and where it is) or the outside place; null when not set yet. */
  place: string | null;
  organiser: string | null;
  /** 成文日期 of the pack, 2026年11月27日. */
  compiledOn: string;
}

export interface PackAgendaRow {
  /** 1-based order. */
  number: number;
  /** 议程一 */
  label: string;
  /** 行化〔2026〕15号 张某诉市自然资源局征收补偿案, or the free topic. */
  subject: string;
  presenter: string | null;
  minutes: number | null;
}

export interface PackAttendee {
  name: string;
  /** Agency, the center, the court, or 当事人. */
  unit: string;
  /** 职务 of an agency contact; empty when unknown. */
  title: string;
  /** 主持, 出席, 列席, 知会 */
  role: string;
}

export interface BriefParty {
  role: string;
  name: string;
  /** Masked, e.g. 1101**********002X; null when none was recorded. */
  idNumber: string | null;
}

export interface BriefStage {
  /** 受理, 化解前 … */
  stage: string;
  /** Oldest first; only the latest few of the stage, each clipped short. */
  entries: { date: string; text: string }[];
  /** Earlier entries left out to keep the brief short. */
  omitted: number;
}

export interface BriefClock {
  name: string;
  /** 2026年12月8日 */
  dueOn: string;
  /** 剩余3日 / 已超期2日 / 中止中 */
  state: string;
}

export interface CaseBrief {
  kind: 'case';
  agendaNumber: number;
  runningHead: string;
  caseNumber: string;
  caseTitle: string;
  /** 基本情况 as label/value pairs: [["争议类型", "土地房屋征收补偿"], ["案件来源", "诉前委派"], …]. */
  facts: [string, string][];
  parties: BriefParty[];
  disputeFocus: string | null;
  claims: string | null;
  agencies: { name: string; role: string }[];
  progress: BriefStage[];
  clocks: BriefClock[];
  proposedPlan: string | null;
  questions: string | null;
}

/** A free-topic agenda item that carries a plan or questions gets a page of its own. */
export interface TopicBrief {
  kind: 'topic';
  agendaNumber: number;
  runningHead: string;
  topic: string;
  presenter: string | null;
  proposedPlan: string | null;
  questions: string | null;
}

export type PackBrief = CaseBrief | TopicBrief;

export interface CarriedItem {
  /** 行化〔2026〕15号 — or null for an item not tied to a case. */
  caseNumber: string | null;
  description: string;
  agency: string;
  contact: string | null;
  /** The meeting that assigned it: "10月15日 10月案情研判会". */
  fromMeeting: string | null;
  dueOn: string | null;
  /** 已签收, 已发出（已超期）, 待转督办 … */
  status: string;
  overdue: boolean;
}

export interface MinutesTemplateItem {
  runningHead: string;
  label: string;
  subject: string;
}

export interface MeetingPackModel {
  cover: PackCover;
  agenda: PackAgendaRow[];
  attendees: PackAttendee[];
  /** The pre-filled sign-in rows (those expected to attend); blank rows follow for walk-ins. */
  signIn: PackAttendee[];
  blankSignInRows: number;
  briefs: PackBrief[];
  carriedOver: CarriedItem[];
  minutesHeader: { time: string; place: string | null; chair: string | null };
  minutesItems: MinutesTemplateItem[];
}

/** Fixed running heads of the parts that are not agenda items. */
export const RUNNING_HEADS = {
  agenda: '会议议程',
  attendees: '参会人员名单',
  signIn: '签到表',
  carriedOver: '前次会议交办事项落实情况',
  minutes: '会议记录',
} as const;
