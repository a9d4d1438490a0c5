import { useState } from 'react';
import { App, Button, Card, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Attendance } from '../../../../../electron/contract/schemas/linkage';
import { useAppStore, useLinkageStore } from '../../../stores/stores';
import { pick, toAppError } from '../../../lib/app-error';
import { today } from '../../../lib/format';
import { DeleteButton } from '../DeleteButton';
import { AttendanceModal } from './AttendanceModal';

/** The year's attendance records, newest first, with add and delete. */
export function AttendanceList({ year, records }: { year: number; records: Attendance[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const deleteAttendance = useLinkageStore((s) => s.deleteAttendance);
  const [adding, setAdding] = useState(false);
  const now = today();
  const sorted = [...records].sort((a, b) => b.attendedOn.localeCompare(a.attendedOn));

  async function handleDelete(record: Attendance) {
    try {
      await deleteAttendance(record.id);
      void message.success(t('linkage.common.deleted'));
    } catch (e) {
      void message.error(pick(toAppError(e).message, language));
    }
  }

  return (
    <Card
      size="small"
      title={t('linkage.common.titleCount', { title: t('linkage.attendance.records', { year }), count: records.length })}
      data-testid="attendance-list"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="attendance-add">
          {t('linkage.attendance.add')}
        </Button>
      }
    >
      <Table<Attendance>
        size="small"
        rowKey="id"
        dataSource={sorted}
        pagination={false}
        locale={{ emptyText: t('linkage.attendance.empty') }}
        columns={[
          { title: t('linkage.attendance.attendedOn'), dataIndex: 'attendedOn', width: 124 },
          { title: t('linkage.common.agency'), dataIndex: 'agencyName', ellipsis: true },
          { title: t('linkage.attendance.courtNumber'), dataIndex: 'courtNumber', width: 240, render: (n: string | null) => n ?? '—' },
          { title: t('linkage.attendance.attendees'), dataIndex: 'attendees', ellipsis: true, render: (n: string | null) => n ?? '—' },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_: unknown, row) => (
              <DeleteButton
                confirm={t('linkage.attendance.deleteConfirm', { date: row.attendedOn, agency: row.agencyName })}
                onConfirm={() => handleDelete(row)}
              />
            ),
          },
        ]}
      />
      <AttendanceModal open={adding} defaultDate={now.startsWith(String(year)) ? now : null} onClose={() => setAdding(false)} />
    </Card>
  );
}
