import { Table, Tag } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import { formatDateTime } from '../../lib/format';

type Transition = CaseDetail['history'][number];

const KIND_COLORS = { create: 'default', advance: 'blue', close: 'green', reopen: 'orange' } as const;

/** 历史: every stage transition, who made it, when and why. */
export function HistoryTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const rows = [...detail.history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Table<Transition>
      data-testid="history"
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('history.at'), dataIndex: 'at', width: 150, render: (at: string) => formatDateTime(at) },
        {
          title: t('history.kind'),
          dataIndex: 'kind',
          width: 100,
          render: (k: Transition['kind']) => <Tag color={KIND_COLORS[k]}>{t(`transition.${k}`)}</Tag>,
        },
        {
          title: t('history.stages'),
          width: 190,
          render: (_, r) => (
            <span>
              {r.fromStage ? t(`stage.${r.fromStage}`) : '—'} <ArrowRightOutlined style={{ fontSize: 11 }} /> {t(`stage.${r.toStage}`)}
            </span>
          ),
        },
        { title: t('history.operator'), dataIndex: 'operatorName', width: 110, render: (v: string | null) => v ?? '—' },
        { title: t('history.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
      ]}
    />
  );
}
