import { Empty, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingDetail } from '../../../../../electron/contract/schemas/meetings';

/** The agenda in running order: the case (linked) or topic, presenter, time, plan and questions. */
export function AgendaTab({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  if (detail.agenda.length === 0) return <Empty description={t('meetings.detail.noAgenda')} />;
  return (
    <Table<AgendaItem>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={detail.agenda}
      data-testid="agenda-table"
      columns={[
        { key: 'order', title: t('meetings.detail.col.order'), width: 56, render: (_, __, i) => i + 1 },
        {
          key: 'item',
          title: t('meetings.detail.col.item'),
          render: (_, a) => (
            <>
              {a.topic ? <div>{a.topic}</div> : null}
              {a.caseId ? (
                <Link to={`/cases/${a.caseId}`}>
                  {a.caseNumber} {a.caseTitle}
                </Link>
              ) : null}
            </>
          ),
        },
        { key: 'presenter', title: t('meetings.detail.col.presenter'), width: 100, render: (_, a) => a.presenter ?? '—' },
        { key: 'minutes', title: t('meetings.detail.col.minutes'), width: 100, render: (_, a) => a.minutesAllotted ?? '—' },
        {
          key: 'plan',
          title: t('meetings.detail.col.proposedPlan'),
          render: (_, a) => <Typography.Paragraph ellipsis={{ rows: 3, expandable: 'collapsible' }} className="adr-cell-text">{a.proposedPlan ?? '—'}</Typography.Paragraph>,
        },
        {
          key: 'questions',
          title: t('meetings.detail.col.questions'),
          render: (_, a) => <Typography.Paragraph ellipsis={{ rows: 3, expandable: 'collapsible' }} className="adr-cell-text">{a.questions ?? '—'}</Typography.Paragraph>,
        },
      ]}
    />
  );
}
