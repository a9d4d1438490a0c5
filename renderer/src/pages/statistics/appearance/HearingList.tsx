import { useState } from 'react';
import { App, Button, Card, Space, Table, Tag, Tooltip } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Hearing } from '../../../../../electron/contract/schemas/linkage';
import { useAppStore, useLinkageStore } from '../../../stores/stores';
import { pick, toAppError } from '../../../lib/app-error';
import { today } from '../../../lib/format';
import { periodRange } from '../../../stores/linkage-period';
import { DeleteButton } from '../DeleteButton';
import { HearingModal } from './HearingModal';

const PAGE_SIZE = 10;

/** The period's hearings, newest first, with add / edit / delete. */
export function HearingList({ hearings }: { hearings: Hearing[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const period = useLinkageStore((s) => s.period);
  const deleteHearing = useLinkageStore((s) => s.deleteHearing);
  // undefined: closed; null: adding; a hearing: editing it.
  const [editing, setEditing] = useState<Hearing | null | undefined>(undefined);
  const { from, to } = periodRange(period);
  const now = today();

  async function handleDelete(hearing: Hearing) {
    try {
      await deleteHearing(hearing.id);
      void message.success(t('linkage.common.deleted'));
    } catch (e) {
      void message.error(pick(toAppError(e).message, language));
    }
  }

  return (
    <Card
      size="small"
      title={t('linkage.common.titleCount', { title: t('linkage.hearing.list'), count: hearings.length })}
      data-testid="hearing-list"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="hearing-add">
          {t('linkage.hearing.add')}
        </Button>
      }
    >
      <Table<Hearing>
        size="small"
        rowKey="id"
        dataSource={hearings}
        pagination={hearings.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false } : false}
        locale={{ emptyText: t('linkage.hearing.empty') }}
        columns={[
          { title: t('linkage.hearing.heldOn'), dataIndex: 'heldOn', width: 108 },
          { title: t('linkage.hearing.agency'), dataIndex: 'agencyName', ellipsis: true },
          { title: t('linkage.common.courtNumber'), dataIndex: 'courtNumber', width: 190, render: (n: string | null) => n ?? '—' },
          {
            title: t('linkage.common.case'),
            dataIndex: 'caseNumber',
            width: 160,
            render: (n: string | null, row) => (n && row.caseId ? <Link to={`/cases/${row.caseId}`}>{n}</Link> : '—'),
          },
          {
            title: t('linkage.hearing.appeared'),
            key: 'appeared',
            ellipsis: true,
            render: (_: unknown, row) => [row.appearedName, row.appearedTitle].filter(Boolean).join('　') || '—',
          },
          {
            title: t('linkage.hearing.headAppeared'),
            dataIndex: 'headAppeared',
            width: 112,
            render: (v: boolean) => (v ? <Tag color="green">{t('linkage.hearing.yes')}</Tag> : <Tag color="red">{t('linkage.hearing.no')}</Tag>),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 84,
            render: (_: unknown, row) => (
              <Space size={0}>
                <Tooltip title={t('linkage.common.edit')}>
                  <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('linkage.common.edit')} onClick={() => setEditing(row)} />
                </Tooltip>
                <DeleteButton
                  confirm={t('linkage.hearing.deleteConfirm', { date: row.heldOn, agency: row.agencyName })}
                  onConfirm={() => handleDelete(row)}
                />
              </Space>
            ),
          },
        ]}
      />
      <HearingModal
        open={editing !== undefined}
        hearing={editing ?? null}
        defaultDate={now >= from && now <= to ? now : null}
        onClose={() => setEditing(undefined)}
      />
    </Card>
  );
}
