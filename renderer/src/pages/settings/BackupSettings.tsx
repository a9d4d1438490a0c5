import { useEffect, useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Popconfirm, Table, Tag, Typography } from 'antd';
import { CloudDownloadOutlined, FolderOpenOutlined, RollbackOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import type { BackupEntry, RotationSettings } from '../../../../electron/contract/schemas/backups';
import { useClient } from '../../client-context';
import { createBackupStore } from '../../stores/backup-store';
import { useAppStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pick, toAppError } from '../../lib/app-error';
import { formatDateTime } from '../../lib/format';

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Settings → 备份: the backups folder with its files, 立即备份 (into that folder), 备份到… (a
 * folder the app asks for; in browser mode a typed path), restore from a listed backup after a
 * confirm that says the current database is kept aside, and the rotation counts. After a restore
 * every store holds stale data, so the page reloads (`reload`, injectable for tests).
 */
export function BackupSettings({ reload = () => window.location.reload() }: { reload?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useClient();
  const language = useAppStore((s) => s.language);
  const [store] = useState(() => createBackupStore(client));
  const status = useStore(store, (s) => s.status);
  const error = useStore(store, (s) => s.error);
  const busy = useStore(store, (s) => s.busy);
  const [folder, setFolder] = useState('');
  const [form] = Form.useForm<RotationSettings>();

  useEffect(() => {
    void store.getState().load();
  }, [store]);
  useEffect(() => {
    if (status) form.setFieldsValue(status.settings);
  }, [status, form]);

  async function run<T>(fn: () => Promise<T>, done: (value: T) => void) {
    try {
      done(await fn());
    } catch (e) {
      void message.error(pick(toAppError(e).message, language));
    }
  }

  function backUp(input: Parameters<ReturnType<typeof store.getState>['backupNow']>[0]) {
    void run(
      () => store.getState().backupNow(input),
      (backup) => void (backup ? message.success(t('backups.done', { file: backup.file })) : message.info(t('backups.cancelled'))),
    );
  }

  function restore(entry: BackupEntry) {
    void run(
      () => store.getState().restore(entry.fileName),
      (result) => {
        void message.success(t('backups.restored', { aside: result.keptAside.join(', ') }), 3);
        setTimeout(reload, 1500);
      },
    );
  }

  const columns = [
    { title: t('backups.col.time'), dataIndex: 'takenAt', render: (v: string) => formatDateTime(v), width: 170 },
    { title: t('backups.col.kind'), dataIndex: 'kind', render: (v: BackupEntry['kind']) => <Tag color={v === 'damaged' ? 'red' : undefined}>{t(`backups.kind.${v}`)}</Tag> },
    { title: t('backups.col.size'), dataIndex: 'bytes', render: (v: number) => formatBytes(v), width: 100 },
    {
      title: t('backups.col.actions'),
      key: 'actions',
      width: 120,
      render: (_: unknown, entry: BackupEntry) =>
        entry.kind === 'damaged' ? null : (
          <Popconfirm
            title={t('backups.restoreTitle')}
            description={<div style={{ maxWidth: 420 }}>{t('backups.restoreExplain', { time: formatDateTime(entry.takenAt) })}</div>}
            okText={t('backups.restoreOk')}
            okButtonProps={{ danger: true }}
            onConfirm={() => restore(entry)}
          >
            <Button size="small" icon={<RollbackOutlined />} loading={busy === entry.fileName} disabled={busy !== null && busy !== entry.fileName}>
              {t('backups.restore')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="backup-settings">
      <Card size="small" title={t('backups.title')}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('backups.hint')}</Typography.Text>
          {error ? <ErrorAlert error={error} /> : null}
          {status ? (
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('backups.folder')}>
                <Typography.Text copyable>{status.folder ?? '—'}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('backups.lastBackup')}>{status.lastBackupAt ? formatDateTime(status.lastBackupAt) : t('backups.never')}</Descriptions.Item>
            </Descriptions>
          ) : null}
          <Flex gap={8} wrap>
            <Button type="primary" icon={<CloudDownloadOutlined />} loading={busy === 'now'} disabled={busy !== null} onClick={() => backUp({ target: 'backups' })}>
              {t('backups.now')}
            </Button>
            {status?.canChooseFolder ? (
              <Button icon={<FolderOpenOutlined />} loading={busy === 'folder'} disabled={busy !== null} onClick={() => backUp({ target: 'choose' })}>
                {t('backups.to')}
              </Button>
            ) : (
              <Input.Search
                style={{ maxWidth: 460 }}
                aria-label={t('backups.toPath')}
                placeholder={t('backups.toPathPlaceholder')}
                enterButton={t('backups.toPath')}
                value={folder}
                loading={busy === 'folder'}
                onChange={(e) => setFolder(e.target.value)}
                onSearch={(value) => (value.trim() ? backUp({ target: 'folder', folder: value.trim() }) : void message.warning(t('backups.toPathRequired')))}
              />
            )}
          </Flex>
          <Table<BackupEntry>
            size="small"
            rowKey="fileName"
            data-testid="backup-list"
            dataSource={status?.backups ?? []}
            columns={columns}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: t('backups.empty') }}
          />
        </Flex>
      </Card>
      <Card size="small" title={t('backups.rotation')}>
        <Form<RotationSettings>
          form={form}
          layout="inline"
          onFinish={(values) => void run(() => store.getState().saveSettings(values), () => void message.success(t('backups.saved')))}
        >
          <Form.Item name="keepDaily" label={t('backups.keepDaily')} rules={[{ required: true }]}>
            <InputNumber min={1} max={90} precision={0} />
          </Form.Item>
          <Form.Item name="keepWeekly" label={t('backups.keepWeekly')} rules={[{ required: true }]}>
            <InputNumber min={0} max={104} precision={0} />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" loading={busy === 'settings'}>
              {t('backups.save')}
            </Button>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('backups.rotationHint', { n: status?.keepPreMigrate ?? 5 })}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
