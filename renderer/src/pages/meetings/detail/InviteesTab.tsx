import { Empty, Table, Tag } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Invitee, MeetingDetail } from '../../../../../electron/contract/schemas/meetings';

/** Who is invited, in what role, and (once recorded in the minutes) who signed in. */
export function InviteesTab({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  if (detail.invitees.length === 0) return <Empty description={t('meetings.detail.noInvitees')} />;
  return (
    <Table<Invitee>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={detail.invitees}
      data-testid="invitees-table"
      columns={[
        { key: 'name', title: t('meetings.detail.col.name'), render: (_, i) => i.name },
        { key: 'kind', title: t('meetings.detail.col.kind'), width: 120, render: (_, i) => t(`meetings.inviteeKind.${i.kind}`) },
        { key: 'agency', title: t('meetings.detail.col.agency'), render: (_, i) => i.agencyName ?? '—' },
        {
          key: 'role',
          title: t('meetings.detail.col.role'),
          width: 110,
          render: (_, i) => (i.role === 'chair' ? <Tag color="gold">{t('meetings.inviteeRole.chair')}</Tag> : t(`meetings.inviteeRole.${i.role}`)),
        },
        {
          key: 'attended',
          title: t('meetings.detail.col.attended'),
          width: 80,
          render: (_, i) => (i.attended === null ? '—' : i.attended ? <CheckOutlined aria-label={t('meetings.minutes.attendance')} /> : '×'),
        },
      ]}
    />
  );
}
