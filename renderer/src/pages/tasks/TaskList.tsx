import { useEffect, useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import { App, Empty, Flex, Input, Segmented, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../electron/contract/schemas/tasks';
import { TASK_FILTERS, scopeKey, type TaskFilter, type TaskScope } from '../../stores/tasks-store';
import { useAppStore, useTasksStore } from '../../stores/stores';
import { useElementHeight } from '../../hooks/use-element-height';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pick, toAppError } from '../../lib/app-error';
import { saveExport } from '../../lib/save-export';
import { columnsWidth, taskColumns, type TaskColumnSet } from './task-columns';
import type { TaskAction } from './TaskRowActions';
import { TaskActionModal, type TaskStep } from './TaskActionModal';
import { TaskEditModal } from './TaskEditModal';

const HEADER_HEIGHT = 40;

/**
 * A list of coordination tasks — all of them, one agency's or one case's — with the status
 * filter (counts on each), search, a virtualised table and every action a task allows.
 */
export function TaskList({
  scope,
  defaultFilter,
  columns: columnSet,
  height,
  extra,
}: {
  scope: TaskScope;
  defaultFilter: TaskFilter;
  columns: TaskColumnSet;
  /** A fixed height when embedded in another page; otherwise the list fills its parent. */
  height?: number;
  /** Buttons shown at the right of the filter bar (e.g. 新建协调事项 on a case). */
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const key = scopeKey(scope);
  const view = useTasksStore((s) => s.lists[key]);
  const mount = useTasksStore((s) => s.mount);
  const setFilter = useTasksStore((s) => s.setFilter);
  const setQuery = useTasksStore((s) => s.setQuery);
  const load = useTasksStore((s) => s.load);
  const notice = useTasksStore((s) => s.notice);
  const [step, setStep] = useState<{ task: Task; step: TaskStep } | null>(null);
  const [editing, setEditing] = useState<Task | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const measured = useElementHeight(box, 480);

  // The scope object is rebuilt on every render; its key is what identifies the list.
  const scopeRef = useRef(scope);
  scopeRef.current = scope;
  useEffect(() => mount(scopeRef.current, defaultFilter), [key, mount, defaultFilter]);

  async function handleNotice(task: Task) {
    try {
      const file = await notice(task.id);
      saveExport(file);
      void message.success(t('tasks.done.notice', { file: file.fileName }));
    } catch (e) {
      void message.error(pick(toAppError(e).message, language));
    }
  }

  function handleAction(action: TaskAction, task: Task) {
    if (action === 'notice') void handleNotice(task);
    else if (action === 'edit') setEditing(task);
    else setStep({ task, step: action });
  }

  const filter = view?.filter ?? defaultFilter;
  const cols = taskColumns(t, columnSet, filter !== 'open' && filter !== 'overdue', handleAction);
  const counts = view?.counts ?? {};
  const items = view?.items ?? [];
  const total = view?.total ?? 0;
  const loading = view?.loading ?? true;
  const tableHeight = (height ?? measured) - HEADER_HEIGHT;

  return (
    <Flex vertical gap={8} flex={height ? undefined : 1} style={{ minHeight: 0 }} data-testid={`task-list-${columnSet}`}>
      <Flex gap={12} align="center" justify="space-between" wrap>
        <Flex gap={12} align="center" wrap>
          <Segmented<TaskFilter>
            value={filter}
            onChange={(f) => setFilter(scope, f)}
            data-testid="task-filter"
            options={TASK_FILTERS.map((f) => ({
              value: f,
              label: (
                <span data-testid={`task-filter-${f}`}>
                  {t(`tasks.filter.${f}`)}
                  {counts[f] !== undefined ? (
                    <Typography.Text type={f === 'overdue' && counts[f]! > 0 ? 'danger' : 'secondary'} style={{ marginInlineStart: 4 }}>
                      {counts[f]}
                    </Typography.Text>
                  ) : null}
                </span>
              ),
            }))}
          />
          <Input.Search
            allowClear
            defaultValue={view?.query ?? ''}
            placeholder={t('tasks.searchPlaceholder')}
            aria-label={t('tasks.search')}
            style={{ width: 240 }}
            onSearch={(q) => setQuery(scope, q)}
            onChange={(e) => {
              if (e.target.value === '' && view?.query) setQuery(scope, '');
            }}
            data-testid="task-search"
          />
        </Flex>
        {extra}
      </Flex>
      {view?.error ? <ErrorAlert error={view.error} onRetry={() => void load(scope)} retryLabel={t('app.retry')} /> : null}
      <div ref={box} style={height ? { height } : { flex: 1, minHeight: 240, overflow: 'hidden' }}>
        {!loading && items.length === 0 ? (
          <Flex align="center" justify="center" style={{ height: '100%' }} data-testid="tasks-empty">
            <Empty description={view?.query ? t('tasks.noMatch') : t(`tasks.empty.${filter}`)} />
          </Flex>
        ) : (
          <Table<Task>
            data-testid="task-table"
            virtual
            size="small"
            rowKey="id"
            loading={loading && items.length === 0}
            columns={cols}
            dataSource={items}
            pagination={false}
            scroll={{ x: columnsWidth(cols), y: Math.max(160, tableHeight) }}
            onRow={(task) => ({ 'data-testid': `task-row-${task.id}`, 'data-state': task.state }) as HTMLAttributes<HTMLElement>}
          />
        )}
      </div>
      <Typography.Text type="secondary" data-testid="task-count">
        {items.length < total ? t('tasks.countPartial', { shown: items.length, total }) : t('tasks.count', { count: total })}
      </Typography.Text>
      <TaskActionModal action={step} onClose={() => setStep(null)} />
      <TaskEditModal task={editing} onClose={() => setEditing(null)} />
    </Flex>
  );
}
