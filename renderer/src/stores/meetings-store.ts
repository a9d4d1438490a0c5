import { createStore } from 'zustand';
import type { Input, Output } from '../../../electron/contract/channels';
import type { Clash, MeetingSummary } from '../../../electron/contract/schemas/meetings';
import type { SearchHit } from '../../../electron/contract/schemas/case-list';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export type MeetingDraftInput = Input<'meetings.save'>['meeting'];
export type MeetingSaveResult = Output<'meetings.save'>;
export type SeriesOption = Output<'series.list'>[number];
export type HolidayDay = Output<'holidays.get'>['days'][number];
export type CaseParty = Output<'cases.get'>['parties'][number];

/** The calendar's window: instants with an offset, as meetings.list takes them. */
export interface MeetingRange {
  from: string;
  to: string;
  /** The calendar years the window touches (for the holiday calendar). */
  years: number[];
}

export interface MeetingsState {
  range: MeetingRange | null;
  includeCancelled: boolean;
  meetings: MeetingSummary[];
  /** True until the first answer for the current window. */
  loading: boolean;
  error: AppError | null;
  /** Official rest days and makeup working days, per year loaded so far. */
  holidays: Record<number, HolidayDay[]>;
  series: SeriesOption[];
  setRange(range: MeetingRange): void;
  setIncludeCancelled(value: boolean): void;
  load(): Promise<void>;
  loadSeries(): Promise<void>;
  /** The actions below throw the ClientError; the caller shows its message and field issues. */
  check(meeting: MeetingDraftInput): Promise<Clash[]>;
  save(meeting: MeetingDraftInput, acceptWarnings: boolean): Promise<MeetingSaveResult>;
  move(id: string, startsAt: string, endsAt: string, acceptWarnings: boolean): Promise<MeetingSaveResult>;
  /** Cases for an agenda item's picker (number, party, title). */
  searchCases(text: string): Promise<SearchHit[]>;
  /** The parties of a case, to invite them; fetched once per case while the page is open. */
  caseParties(caseId: string): Promise<CaseParty[]>;
  /** Keeps the calendar fresh after any write that can change it; returns the unsubscribe. */
  watch(): () => void;
}

const MEETING_WRITES = /^(meetings|rooms)\.|^demo\.load$/;
const HOLIDAY_WRITES = /^holidays\.|^demo\.load$/;

/** The meetings calendar (会议日程): one window of meetings, the holiday shading, scheduling. */
export function createMeetingsStore(client: Client) {
  let generation = 0;
  const parties = new Map<string, Promise<CaseParty[]>>();

  return createStore<MeetingsState>()((set, get) => {
    async function loadHolidays(years: number[], force = false) {
      const wanted = years.filter((y) => force || !(y in get().holidays));
      if (wanted.length === 0) return;
      try {
        const loaded = await Promise.all(wanted.map((year) => client.call('holidays.get', { year })));
        const next = { ...get().holidays };
        for (const y of loaded) next[y.year] = y.days;
        set({ holidays: next });
      } catch {
        // Shading is a help, not the data: the meetings still show without it.
      }
    }

    return {
      range: null,
      includeCancelled: true,
      meetings: [],
      loading: true,
      error: null,
      holidays: {},
      series: [],

      setRange(range) {
        const current = get().range;
        if (current && current.from === range.from && current.to === range.to) return;
        set({ range });
        void get().load();
        void loadHolidays(range.years);
      },

      setIncludeCancelled(includeCancelled) {
        set({ includeCancelled });
        void get().load();
      },

      async load() {
        const range = get().range;
        if (!range) return;
        const request = ++generation;
        set({ loading: true });
        try {
          const meetings = await client.call('meetings.list', { from: range.from, to: range.to, includeCancelled: get().includeCancelled });
          if (request === generation) set({ meetings, loading: false, error: null });
        } catch (error) {
          if (request === generation) set({ loading: false, error: toAppError(error) });
        }
      },

      async loadSeries() {
        try {
          set({ series: await client.call('series.list') });
        } catch {
          // The form then offers only "new series"; its save reports any real problem.
        }
      },

      check(meeting) {
        return client.call('meetings.check', { meeting, acceptWarnings: false });
      },
      save(meeting, acceptWarnings) {
        return client.call('meetings.save', { meeting, acceptWarnings });
      },
      move(id, startsAt, endsAt, acceptWarnings) {
        return client.call('meetings.move', { id, startsAt, endsAt, acceptWarnings });
      },

      searchCases(text) {
        return client.call('cases.search', { text, limit: 20 });
      },

      caseParties(caseId) {
        let found = parties.get(caseId);
        if (!found) {
          found = client.call('cases.get', { id: caseId }).then((c) => c.parties);
          // A failed look-up is not cached: the next attempt asks again.
          found.catch(() => parties.delete(caseId));
          parties.set(caseId, found);
        }
        return found;
      },

      watch() {
        return client.on('data.changed', ({ channel }) => {
          if (MEETING_WRITES.test(channel)) {
            void get().load();
            void get().loadSeries();
          }
          if (HOLIDAY_WRITES.test(channel)) void loadHolidays(get().range?.years ?? [], true);
          if (/^cases\.|^demo\.load$/.test(channel)) parties.clear();
        });
      },
    };
  });
}

export type MeetingsStore = ReturnType<typeof createMeetingsStore>;
