import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { AGENCY_KINDS, type Agency, type AgencyKind } from '../../../../electron/contract/schemas/agencies';
import type { AppError } from '../../../../electron/contract/result';
import { useAgenciesStore, useAppStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';
import { showFieldIssues } from './field-issues';

interface Values {
  name?: string;
  shortName?: string;
  kind?: AgencyKind;
  parentId?: string | null;
  active?: boolean;
}

/** 新建单位 / 编辑单位: name, short name, kind, parent and the active flag. */
export function AgencyFormModal({
  open,
  agency,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** null creates a new agency. */
  agency: Agency | null;
  onClose: () => void;
  onSaved?: (agency: Agency) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const language = useAppStore((s) => s.language);
  const save = useAgenciesStore((s) => s.save);
  const directory = useAgenciesStore((s) => s.directory);
  const loadDirectory = useAgenciesStore((s) => s.loadDirectory);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (!open) return;
    void loadDirectory();
    form.resetFields();
    form.setFieldsValue(
      agency
        ? { name: agency.name, shortName: agency.shortName ?? '', kind: agency.kind, parentId: agency.parentId, active: agency.active }
        : { kind: 'member_unit', parentId: null, active: true },
    );
    setError(null);
  }, [open, agency, form, loadDirectory]);

  async function handleFinish(values: Values) {
    setSaving(true);
    setError(null);
    try {
      const saved = await save({
        ...(agency ? { id: agency.id } : {}),
        name: values.name!.trim(),
        shortName: values.shortName?.trim() || null,
        kind: values.kind!,
        parentId: values.parentId ?? null,
        active: values.active ?? true,
      });
      void message.success(t(agency ? 'agencies.form.updated' : 'agencies.form.created', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    } catch (e) {
      const appError = toAppError(e);
      setError(showFieldIssues(form, appError, language) ? null : appError);
    } finally {
      setSaving(false);
    }
  }

  const parents = directory
    .filter((a) => a.id !== agency?.id && (a.active || a.id === agency?.parentId))
    .map((a) => ({ value: a.id, label: a.name }));

  return (
    <Modal
      open={open}
      title={agency ? t('agencies.form.editTitle') : t('agencies.form.newTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'agency-submit' } as object) }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" name="agency" onFinish={(values) => void handleFinish(values)}>
        <Form.Item
          name="name"
          label={t('agencies.form.name')}
          rules={[
            { required: true, whitespace: true, message: t('agencies.form.nameRequired') },
            { max: 100, message: t('agencies.form.tooLong', { max: 100 }) },
          ]}
        >
          <Input placeholder={t('agencies.form.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="shortName" label={t('agencies.form.shortName')} rules={[{ max: 40, message: t('agencies.form.tooLong', { max: 40 }) }]}>
          <Input placeholder={t('agencies.form.shortNamePlaceholder')} />
        </Form.Item>
        <Form.Item name="kind" label={t('agencies.form.kind')} rules={[{ required: true }]}>
          <Select options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencies.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="parentId" label={t('agencies.form.parent')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('agencies.form.noParent')}
            options={parents}
          />
        </Form.Item>
        <Form.Item name="active" label={t('agencies.form.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
