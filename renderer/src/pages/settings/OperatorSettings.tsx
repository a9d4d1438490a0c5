import { useEffect, useState, type HTMLAttributes } from 'react';
import { Button, Flex, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OperatorAdmin } from '../../../../electron/contract/schemas/auth';
import { useAuthStore, useOperatorsStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { OperatorFormModal, type OperatorEdit } from '../auth/OperatorFormModal';

/** 操作员 (administrators): who may sign in, with which role; add, edit, deactivate, reset a password. */
export function OperatorSettings() {
  const { t } = useTranslation();
  const operators = useOperatorsStore((s) => s.operators);
  const loaded = useOperatorsStore((s) => s.loaded);
  const loading = useOperatorsStore((s) => s.loading);
  const error = useOperatorsStore((s) => s.error);
  const load = useOperatorsStore((s) => s.load);
  const me = useAuthStore((s) => s.status?.operator?.id);
  const [edit, setEdit] = useState<OperatorEdit | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Flex vertical gap={8} data-testid="operator-settings">
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 720, marginBottom: 0 }}>
          {t('auth.operators.hint')}
        </Typography.Paragraph>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEdit({ mode: 'add' })} data-testid="operator-add">
          {t('auth.operators.add')}
        </Button>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={() => void load()} retryLabel={t('app.retry')} /> : null}
      <Table<OperatorAdmin>
        size="small"
        rowKey="id"
        pagination={false}
        loading={loading && !loaded}
        dataSource={operators}
        data-testid="operators-table"
        rowClassName={(o) => (o.active ? '' : 'adr-retired')}
        onRow={(o) => ({ 'data-testid': `operator-row-${o.name}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'name',
            title: t('auth.operators.col.name'),
            render: (_, o) => (
              <span>
                {o.name}
                {o.id === me ? <Typography.Text type="secondary">{t('auth.operators.you')}</Typography.Text> : null}
              </span>
            ),
          },
          { key: 'role', title: t('auth.operators.col.role'), width: 120, render: (_, o) => t(`role.${o.role}`) },
          {
            key: 'active',
            title: t('auth.operators.col.active'),
            width: 100,
            render: (_, o) => (o.active ? <Tag color="success">{t('auth.operators.activeYes')}</Tag> : <Tag>{t('auth.operators.activeNo')}</Tag>),
          },
          {
            key: 'password',
            title: t('auth.operators.col.hasPassword'),
            width: 100,
            render: (_, o) => (o.hasPassword ? t('auth.operators.passwordSet') : <Typography.Text type="warning">{t('auth.operators.passwordNone')}</Typography.Text>),
          },
          { key: 'updated', title: t('auth.operators.col.updatedAt'), width: 170, render: (_, o) => formatDateTime(o.updatedAt) },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 200,
            render: (_, o) => (
              <Space size={0}>
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEdit({ mode: 'edit', operator: o })} aria-label={`${t('auth.operators.edit')} ${o.name}`}>
                  {t('auth.operators.edit')}
                </Button>
                <Button size="small" type="link" icon={<KeyOutlined />} onClick={() => setEdit({ mode: 'reset', operator: o })} aria-label={`${t('auth.operators.resetPassword')} ${o.name}`}>
                  {t('auth.operators.resetPassword')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <OperatorFormModal edit={edit} onClose={() => setEdit(null)} />
    </Flex>
  );
}
