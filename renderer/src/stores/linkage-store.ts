import { createStore } from 'zustand';
import type { Input } from '../../../electron/contract/channels';
import type { Attendance, Hearing, LinkageStats, Suggestion } from '../../../electron/contract/schemas/linkage';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';
import { periodRange, periodYear, type LinkagePeriod } from './linkage-period';

export type HearingInput = Input<'hearings.save'>;
export type SuggestionInput = Input<'suggestions.save'>;
export type AttendanceInput = Input<'attendance.save'>;

/** A case offered in the "related case" pickers, with what can prefill the rest of the form. */
export interface CaseOption {
  id: string;
  caseNumber: string;
  title: string;
  courtNumber: string | null;
  respondent: string | null;
}

export interface LinkageState {
  period: LinkagePeriod;
  stats: LinkageStats | null;
  /** Hearings held in the period, newest first. */
  hearings: Hearing[];
  /** Every judicial suggestion: an open one stays on the list whatever period is picked. */
  suggestions: Suggestion[];
  /** Attendance records of the period's year (attendance is a once-a-year duty). */
  attendance: Attendance[];
  loading: boolean;
  error: AppError | null;
  /** Loads the period (the current one when omitted); a refresh keeps the old figures on screen. */
  load(period?: LinkagePeriod): Promise<void>;
  /** The writes below throw the ClientError (the forms show its field issues), then reload. */
  saveHearing(input: HearingInput): Promise<void>;
  deleteHearing(id: string): Promise<void>;
  saveSuggestion(input: SuggestionInput): Promise<void>;
  deleteSuggestion(id: string): Promise<void>;
  saveAttendance(input: AttendanceInput): Promise<void>;
  deleteAttendance(id: string): Promise<void>;
  /** Cases whose number, court number, party or title contain `text`. */
  findCases(text: string): Promise<CaseOption[]>;
  watch(): () => void;
}

const CASE_OPTIONS_LIMIT = 20;

/** Government–court linkage (府院联动) figures and records for one period. */
export function createLinkageStore(client: Client, initialPeriod: LinkagePeriod) {
  // Only the newest request may write the state: a slow answer must not overwrite a fresh one.
  let latest = 0;
  return createStore<LinkageState>()((set, get) => ({
    period: initialPeriod,
    stats: null,
    hearings: [],
    suggestions: [],
    attendance: [],
    loading: false,
    error: null,

    async load(period = get().period) {
      const request = ++latest;
      const changed = JSON.stringify(period) !== JSON.stringify(get().period);
      set(changed ? { period, stats: null, hearings: [], attendance: [], loading: true } : { loading: true });
      const year = periodYear(period);
      const { from, to } = periodRange(period);
      try {
        const [stats, yearHearings, suggestions, attendance] = await Promise.all([
          client.call('linkage.stats', period),
          client.call('hearings.list', { year }),
          client.call('suggestions.list'),
          client.call('attendance.list', { year }),
        ]);
        if (request !== latest) return;
        const hearings = yearHearings
          .filter((h) => h.heldOn >= from && h.heldOn <= to)
          .sort((a, b) => b.heldOn.localeCompare(a.heldOn) || a.agencyName.localeCompare(b.agencyName, 'zh-CN'));
        set({ stats, hearings, suggestions, attendance, loading: false, error: null });
      } catch (error) {
        if (request === latest) set({ loading: false, error: toAppError(error) });
      }
    },

    async saveHearing(input) {
      await client.call('hearings.save', input);
      await get().load();
    },

    async deleteHearing(id) {
      await client.call('hearings.delete', { id });
      await get().load();
    },

    async saveSuggestion(input) {
      await client.call('suggestions.save', input);
      await get().load();
    },

    async deleteSuggestion(id) {
      await client.call('suggestions.delete', { id });
      await get().load();
    },

    async saveAttendance(input) {
      await client.call('attendance.save', input);
      await get().load();
    },

    async deleteAttendance(id) {
      await client.call('attendance.delete', { id });
      await get().load();
    },

    async findCases(text) {
      const trimmed = text.trim();
      const result = await client.call('cases.list', {
        filters: trimmed ? { text: trimmed } : {},
        sort: { field: 'received_on', direction: 'desc' },
        page: { offset: 0, limit: CASE_OPTIONS_LIMIT },
      });
      return result.rows.map((r) => ({
        id: r.id,
        caseNumber: r.caseNumber,
        title: r.title,
        courtNumber: r.courtNumber,
        respondent: r.respondent,
      }));
    },

    watch() {
      // Cases, tasks and agencies all feed the figures, so any write may change them.
      return client.on('data.changed', () => {
        void get().load();
      });
    },
  }));
}

export type LinkageStore = ReturnType<typeof createLinkageStore>;
