import { useEffect, useState } from 'react';
import { App, Button, Card, Flex, Input, Space, Switch, Table, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/contract/result';
import { useCategorySettingsStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';

interface DraftCategory {
  key: string;
  id?: string;
  name: string;
  active: boolean;
}

let nextKey = 0;

/**
 * 争议类型: the list intake offers. Categories in use are never deleted, only switched off, so old
 * cases keep theirs; the order here is the order of the pick list.
 */
export function CategorySettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const categories = useCategorySettingsStore((s) => s.categories);
  const loadError = useCategorySettingsStore((s) => s.error);
  const load = useCategorySettingsStore((s) => s.load);
  const save = useCategorySettingsStore((s) => s.save);
  const [rows, setRows] = useState<DraftCategory[]>([]);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    setRows([...categories].sort((a, b) => a.sort - b.sort).map((c) => ({ key: c.id, id: c.id, name: c.name, active: c.active })));
    setDirty(false);
  }, [categories]);

  function edit(next: DraftCategory[]) {
    setRows(next);
    setDirty(true);
  }

  function moveRow(index: number, delta: -1 | 1) {
    const other = index + delta;
    if (other < 0 || other >= rows.length) return;
    const next = [...rows];
    [next[index], next[other]] = [next[other]!, next[index]!];
    edit(next);
  }

  async function handleSave() {
    if (rows.some((r) => !r.name.trim())) {
      setError({ code: 'VALIDATION', message: { 'zh-CN': t('categories.fillNames'), en: t('categories.fillNames') } });
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await save({ items: rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), name: r.name.trim(), active: r.active })) });
      void message.success(t('categories.saved'));
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card
      size="small"
      title={t('categories.title')}
      style={{ maxWidth: 760 }}
      extra={
        <Space>
          <Button icon={<UndoOutlined />} disabled={!dirty || saving} onClick={() => void load()}>
            {t('common.revert')}
          </Button>
          <Button type="primary" disabled={!dirty} loading={saving} onClick={() => void handleSave()} data-testid="categories-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Flex vertical gap={8}>
        {loadError ? <ErrorAlert error={loadError} onRetry={() => void load()} retryLabel={t('app.retry')} /> : null}
        <Typography.Text type="secondary">{t('categories.hint')}</Typography.Text>
        <Table<DraftCategory>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          data-testid="categories"
          columns={[
            { title: '#', width: 48, render: (_, _r, i) => i + 1 },
            {
              title: t('categories.name'),
              dataIndex: 'name',
              render: (value: string, r) => (
                <Input
                  size="small"
                  value={value}
                  maxLength={60}
                  status={value.trim() ? undefined : 'error'}
                  aria-label={t('categories.name')}
                  onChange={(e) => edit(rows.map((x) => (x.key === r.key ? { ...x, name: e.target.value } : x)))}
                />
              ),
            },
            {
              title: t('categories.active'),
              dataIndex: 'active',
              width: 80,
              align: 'center',
              render: (value: boolean, r) => (
                <Switch size="small" checked={value} onChange={(v) => edit(rows.map((x) => (x.key === r.key ? { ...x, active: v } : x)))} />
              ),
            },
            {
              title: t('common.actions'),
              width: 112,
              render: (_, r, i) => (
                <Space size={0}>
                  <Tooltip title={t('common.moveUp')}>
                    <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('common.moveUp')} onClick={() => moveRow(i, -1)} />
                  </Tooltip>
                  <Tooltip title={t('common.moveDown')}>
                    <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={t('common.moveDown')} onClick={() => moveRow(i, 1)} />
                  </Tooltip>
                  {r.id ? null : (
                    <Tooltip title={t('common.delete')}>
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => edit(rows.filter((x) => x.key !== r.key))} />
                    </Tooltip>
                  )}
                </Space>
              ),
            },
          ]}
        />
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            nextKey += 1;
            edit([...rows, { key: `new-${nextKey}`, name: '', active: true }]);
          }}
        >
          {t('categories.add')}
        </Button>
        {error ? <ErrorAlert error={error} /> : null}
      </Flex>
    </Card>
  );
}
