import { useState } from 'react';
import { App, Button, Popconfirm, Select, Space, Tooltip } from 'antd';
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAppStore, useCasesStore } from '../../stores/stores';
import { pick, toAppError } from '../../lib/app-error';
import { SaveViewModal } from './SaveViewModal';

/** 我的视图: named filter sets of the acting operator. */
export function SavedViews() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const views = useCasesStore((s) => s.views);
  const viewId = useCasesStore((s) => s.viewId);
  const applyView = useCasesStore((s) => s.applyView);
  const deleteView = useCasesStore((s) => s.deleteView);
  const [saving, setSaving] = useState(false);
  const current = views.find((v) => v.id === viewId) ?? null;

  async function handleDelete() {
    if (!current) return;
    try {
      await deleteView(current.id);
      void message.success(t('cases.viewDeleted', { name: current.name }));
    } catch (e) {
      void message.error(pick(toAppError(e).message, language));
    }
  }

  return (
    <Space.Compact>
      <Select
        allowClear
        style={{ width: 150 }}
        placeholder={t('cases.myViews')}
        aria-label={t('cases.myViews')}
        value={viewId ?? undefined}
        onChange={(id?: string) => applyView(id ?? null)}
        options={views.map((v) => ({ value: v.id, label: v.name }))}
        notFoundContent={t('cases.noViews')}
        data-testid="saved-views"
      />
      <Tooltip title={t('cases.saveView')}>
        <Button icon={<SaveOutlined />} onClick={() => setSaving(true)} aria-label={t('cases.saveView')} data-testid="save-view" />
      </Tooltip>
      {current ? (
        <Popconfirm
          title={t('cases.deleteViewConfirm', { name: current.name })}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          onConfirm={() => void handleDelete()}
        >
          <Button icon={<DeleteOutlined />} aria-label={t('cases.deleteView')} />
        </Popconfirm>
      ) : null}
      <SaveViewModal open={saving} current={current} onClose={() => setSaving(false)} />
    </Space.Compact>
  );
}
