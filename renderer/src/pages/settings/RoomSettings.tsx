import { useEffect, useState } from 'react';
import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../electron/contract/schemas/meetings';
import { useRoomsStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RoomFormModal } from '../meetings/rooms/RoomFormModal';

/** 会议室: the rooms meetings book (and are checked for double booking), added and edited here. */
export function RoomSettings() {
  const { t } = useTranslation();
  const rooms = useRoomsStore((s) => s.rooms);
  const loading = useRoomsStore((s) => s.loading);
  const loaded = useRoomsStore((s) => s.loaded);
  const error = useRoomsStore((s) => s.error);
  const load = useRoomsStore((s) => s.load);
  const watch = useRoomsStore((s) => s.watch);
  // undefined = closed, null = a new room.
  const [editing, setEditing] = useState<Room | null | undefined>(undefined);

  useEffect(() => {
    void load();
    return watch();
  }, [load, watch]);

  return (
    <Flex vertical gap={8} data-testid="room-settings">
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 720, marginBottom: 0 }}>
          {t('meetings.rooms.hint')}
        </Typography.Paragraph>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="room-new">
          {t('meetings.rooms.new')}
        </Button>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={() => void load()} retryLabel={t('app.retry')} /> : null}
      <Table<Room>
        size="small"
        rowKey="id"
        pagination={false}
        loading={loading && !loaded}
        dataSource={rooms}
        data-testid="rooms-table"
        locale={{ emptyText: <Empty description={t('meetings.rooms.empty')} /> }}
        rowClassName={(r) => (r.active ? '' : 'adr-retired')}
        columns={[
          { key: 'name', title: t('meetings.rooms.name'), render: (_, r) => r.name },
          { key: 'location', title: t('meetings.rooms.location'), render: (_, r) => r.location ?? '—' },
          { key: 'capacity', title: t('meetings.rooms.capacity'), width: 120, render: (_, r) => (r.capacity ? t('meetings.rooms.people', { count: r.capacity }) : '—') },
          {
            key: 'active',
            title: t('meetings.rooms.active'),
            width: 100,
            render: (_, r) => (r.active ? <Tag color="success">{t('meetings.rooms.active')}</Tag> : <Tag>{t('meetings.rooms.inactive')}</Tag>),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 100,
            render: (_, r) => (
              <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(r)} aria-label={`${t('common.edit')} ${r.name}`}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <RoomFormModal room={editing} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}
