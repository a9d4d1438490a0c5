import { useMemo, useState } from 'react';
import { App, Button, Card, Flex, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../../../../electron/contract/schemas/linkage';
import { useAppStore, useLinkageStore } from '../../../stores/stores';
import { pick, toAppError } from '../../../lib/app-error';
import { formatDate } from '../../../lib/format';
import { periodRange } from '../../../stores/linkage-period';
import { DeleteButton } from '../DeleteButton';
import { SuggestionModal } from './SuggestionModal';
import { STATE_COLOR, byUrgency, suggestionState } from './suggestion-state';

type Filter = 'all' | 'open' | 'period';
const PAGE_SIZE = 10;

/** Every judicial suggestion, what needs chasing first; filter to the unanswered or the period's. */
export function SuggestionList({ suggestions }: { suggestions: Suggestion[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const period = useLinkageStore((s) => s.period);
  const deleteSuggestion = useLinkageStore((s) => s.deleteSuggestion);
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<Suggestion | null | undefined>(undefined);

  const rows = useMemo(() => {
    const { from, to } = periodRange(period);
    return suggestions
      .filter((s) => filter === 'all' || (filter === 'open' ? s.feedback === null : s.receivedOn >= from && s.receivedOn <= to))
      .sort(byUrgency);
  }, [suggestions, filter, period]);

  async function handleDelete(s: Suggestion) {
    try {
      await deleteSuggestion(s.id);
      void message.success(t('linkage.common.deleted'));
    } catch (e) {
      void message.error(pick(toAppError(e).message, language));
    }
  }

  function daysText(s: Suggestion): string | null {
    if (s.feedback !== null || s.daysLeft === null) return null;
    if (s.daysLeft < 0) return t('linkage.suggestion.daysOverdue', { count: -s.daysLeft });
    return s.daysLeft === 0 ? t('linkage.suggestion.dueToday') : t('linkage.suggestion.daysLeft', { count: s.daysLeft });
  }

  return (
    <Card
      size="small"
      title={t('linkage.common.titleCount', { title: t('linkage.suggestion.list'), count: rows.length })}
      data-testid="suggestion-list"
      extra={
        <Space wrap>
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={(['all', 'open', 'period'] as const).map((f) => ({ value: f, label: t(`linkage.suggestion.filter.${f}`) }))}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="suggestion-add">
            {t('linkage.suggestion.add')}
          </Button>
        </Space>
      }
    >
      <Table<Suggestion>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={rows.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false } : false}
        locale={{ emptyText: t('linkage.suggestion.empty') }}
        expandable={{
          expandedRowRender: (s) => (
            <Space orientation="vertical" size={4} style={{ maxWidth: 900 }}>
              <Typography.Text>
                <Typography.Text strong>
                  {t('linkage.suggestion.content')}
                  {t('common.colon')}
                </Typography.Text>
                {s.content}
              </Typography.Text>
              {s.feedback ? (
                <Typography.Text>
                  <Typography.Text strong>
                    {t('linkage.suggestion.feedback')}
                    {t('common.colon')}
                  </Typography.Text>
                  {s.feedback}
                </Typography.Text>
              ) : null}
            </Space>
          ),
        }}
        columns={[
          { title: t('linkage.suggestion.reference'), dataIndex: 'reference', width: 180, render: (r: string | null) => r ?? '—' },
          { title: t('linkage.suggestion.agency'), dataIndex: 'agencyName', ellipsis: true },
          { title: t('linkage.suggestion.content'), dataIndex: 'content', ellipsis: true },
          { title: t('linkage.suggestion.receivedOn'), dataIndex: 'receivedOn', width: 104 },
          {
            title: t('linkage.suggestion.replyDueOn'),
            dataIndex: 'replyDueOn',
            width: 120,
            render: (due: string | null, s) => {
              const days = daysText(s);
              return (
                <Flex vertical>
                  <span>{formatDate(due)}</span>
                  {days ? (
                    <Typography.Text type={s.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                      {days}
                    </Typography.Text>
                  ) : null}
                </Flex>
              );
            },
          },
          { title: t('linkage.suggestion.feedbackOn'), dataIndex: 'feedbackOn', width: 112, render: formatDate },
          {
            title: t('linkage.suggestion.state'),
            key: 'state',
            width: 140,
            render: (_: unknown, s) => {
              const state = suggestionState(s);
              return (
                <Tag color={STATE_COLOR[state]} style={{ marginInlineEnd: 0 }} data-testid="suggestion-state">
                  {t(`linkage.suggestion.states.${state}`)}
                </Tag>
              );
            },
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 84,
            render: (_: unknown, s) => (
              <Space size={0}>
                <Tooltip title={t('linkage.common.edit')}>
                  <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('linkage.common.edit')} onClick={() => setEditing(s)} />
                </Tooltip>
                <DeleteButton
                  confirm={t('linkage.suggestion.deleteConfirm', { name: s.reference ?? s.content.slice(0, 20) })}
                  onConfirm={() => handleDelete(s)}
                />
              </Space>
            ),
          },
        ]}
      />
      <SuggestionModal open={editing !== undefined} suggestion={editing ?? null} onClose={() => setEditing(undefined)} />
    </Card>
  );
}
