import { createStore } from 'zustand';
import type { Input } from '../../../electron/contract/channels';
import type { Task } from '../../../electron/contract/schemas/tasks';
import type { ExportFile } from '../../../electron/contract/schemas/files';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export const TASK_FILTERS = ['open', 'overdue', 'answered', 'closed', 'all'] as const;
export type TaskFilter = (typeof TASK_FILTERS)[number];

/** Which tasks a list shows: all of them (/tasks), one agency's, or one case's. */
export type TaskScope = { agencyId: string } | { caseId: string } | Record<string, never>;

/** Rows per list: far above what one agency or case accumulates; /tasks says when it stops short. */
export const TASK_LIMIT = 1000;

export interface TaskListView {
  filter: TaskFilter;
  query: string;
  items: Task[];
  total: number;
  /** Totals per filter for the current search (the tab badges). */
  counts: Partial<Record<TaskFilter, number>>;
  loading: boolean;
  error: AppError | null;
}

export type TaskCreateInput = Input<'tasks.create'>;
export type TaskUpdateInput = Input<'tasks.update'>;

export interface TasksState {
  lists: Record<string, TaskListView>;
  /**
   * Shows a list (creating its state on first use) and keeps it fresh after every write while it
   * is on screen; returns the function that stops that.
   */
  mount(scope: TaskScope, filter: TaskFilter): () => void;
  load(scope: TaskScope): Promise<void>;
  setFilter(scope: TaskScope, filter: TaskFilter): void;
  setQuery(scope: TaskScope, query: string): void;
  /** The actions below throw the ClientError; the page shows its message. */
  create(input: TaskCreateInput): Promise<Task>;
  update(input: TaskUpdateInput): Promise<Task>;
  acknowledge(id: string, on: string): Promise<Task>;
  reply(id: string, replyText: string, repliedOn: string): Promise<Task>;
  close(id: string, on: string, note?: string): Promise<Task>;
  remind(id: string, note?: string): Promise<Task>;
  notice(id: string): Promise<ExportFile>;
  /** The due date N working days after `sentOn`, on the holiday calendar. */
  dueDate(sentOn: string, workingDays: number): Promise<string>;
}

export function scopeKey(scope: TaskScope): string {
  if ('agencyId' in scope) return `agency:${scope.agencyId}`;
  if ('caseId' in scope) return `case:${scope.caseId}`;
  return 'all';
}

function scopeOf(key: string): TaskScope {
  if (key.startsWith('agency:')) return { agencyId: key.slice('agency:'.length) };
  if (key.startsWith('case:')) return { caseId: key.slice('case:'.length) };
  return {};
}

function emptyView(filter: TaskFilter): TaskListView {
  return { filter, query: '', items: [], total: 0, counts: {}, loading: true, error: null };
}

const TASK_WRITES = /^(tasks|agencies|contacts|cases)\.|^demo\.load$/;

/** Coordination task lists (协调事项) and everything a coordinator does to a task. */
export function createTasksStore(client: Client) {
  // Per list: each new query bumps its generation, and older answers are dropped.
  const generations = new Map<string, number>();
  // Lists on screen (a list can be shown twice, e.g. during a route change), refreshed on writes.
  const mounted = new Map<string, number>();
  // One data.changed subscription while any list is on screen, however many there are.
  let unsubscribe: (() => void) | null = null;

  return createStore<TasksState>()((set, get) => {
    function patch(key: string, change: Partial<TaskListView>) {
      const current = get().lists[key];
      if (current) set({ lists: { ...get().lists, [key]: { ...current, ...change } } });
    }

    return {
      lists: {},

      mount(scope, filter) {
        const key = scopeKey(scope);
        if (!get().lists[key]) set({ lists: { ...get().lists, [key]: emptyView(filter) } });
        mounted.set(key, (mounted.get(key) ?? 0) + 1);
        unsubscribe ??= client.on('data.changed', ({ channel }) => {
          if (!TASK_WRITES.test(channel)) return;
          for (const shown of mounted.keys()) void get().load(scopeOf(shown));
        });
        void get().load(scope);
        return () => {
          const left = (mounted.get(key) ?? 1) - 1;
          if (left <= 0) mounted.delete(key);
          else mounted.set(key, left);
          if (mounted.size === 0) {
            unsubscribe?.();
            unsubscribe = null;
          }
        };
      },

      async load(scope) {
        const key = scopeKey(scope);
        const view = get().lists[key];
        if (!view) return;
        const request = (generations.get(key) ?? 0) + 1;
        generations.set(key, request);
        patch(key, { loading: true });
        const base = { ...scope, ...(view.query ? { query: view.query } : {}) };
        try {
          const [list, ...totals] = await Promise.all([
            client.call('tasks.list', { ...base, filter: view.filter, limit: TASK_LIMIT }),
            // Counting asks for one row per filter: the total comes with it and costs one query.
            ...TASK_FILTERS.map((filter) => client.call('tasks.list', { ...base, filter, limit: 1 })),
          ]);
          if (generations.get(key) !== request) return;
          const counts = Object.fromEntries(TASK_FILTERS.map((f, i) => [f, totals[i]!.total]));
          patch(key, { items: list.items, total: list.total, counts, loading: false, error: null });
        } catch (error) {
          if (generations.get(key) === request) patch(key, { loading: false, error: toAppError(error) });
        }
      },

      setFilter(scope, filter) {
        patch(scopeKey(scope), { filter });
        void get().load(scope);
      },

      setQuery(scope, query) {
        patch(scopeKey(scope), { query: query.trim() });
        void get().load(scope);
      },

      create(input) {
        return client.call('tasks.create', input);
      },
      update(input) {
        return client.call('tasks.update', input);
      },
      acknowledge(id, on) {
        return client.call('tasks.acknowledge', { id, on });
      },
      reply(id, replyText, repliedOn) {
        return client.call('tasks.reply', { id, replyText, repliedOn });
      },
      close(id, on, note) {
        return client.call('tasks.close', { id, on, ...(note ? { note } : {}) });
      },
      remind(id, note) {
        return client.call('tasks.remind', { id, ...(note ? { note } : {}) });
      },
      notice(id) {
        return client.call('tasks.notice', { id });
      },
      async dueDate(sentOn, workingDays) {
        const { dueOn } = await client.call('tasks.dueDate', { sentOn, workingDays });
        return dueOn;
      },
    };
  });
}

export type TasksStore = ReturnType<typeof createTasksStore>;
