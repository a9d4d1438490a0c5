import { useEffect, useState } from 'react';
import { App, Checkbox, Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../electron/contract/schemas/agencies';
import type { AppError } from '../../../../electron/contract/result';
import { useAgencyDetailStore, useAppStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';
import { showFieldIssues } from './field-issues';

interface Values {
  name?: string;
  title?: string;
  phones?: string[];
  email?: string;
  isHead?: boolean;
  notes?: string;
  active?: boolean;
}

/** Adds or edits one contact: name, title, phones (several), e-mail, head of agency, notes. */
export function ContactFormModal({
  agencyId,
  contact,
  onClose,
}: {
  agencyId: string;
  /** undefined = closed, null = a new contact. */
  contact: Contact | null | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const language = useAppStore((s) => s.language);
  const saveContact = useAgencyDetailStore((s) => s.saveContact);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const open = contact !== undefined;

  useEffect(() => {
    if (contact === undefined) return;
    form.resetFields();
    form.setFieldsValue(
      contact
        ? {
            name: contact.name,
            title: contact.title ?? '',
            phones: contact.phones,
            email: contact.email ?? '',
            isHead: contact.isHead,
            notes: contact.notes ?? '',
            active: contact.active,
          }
        : { phones: [], isHead: false, active: true },
    );
    setError(null);
  }, [contact, form]);

  async function handleFinish(values: Values) {
    setSaving(true);
    setError(null);
    try {
      const saved = await saveContact({
        ...(contact ? { id: contact.id } : {}),
        agencyId,
        name: values.name!.trim(),
        title: values.title?.trim() || null,
        phones: (values.phones ?? []).map((p) => p.trim()).filter(Boolean),
        email: values.email?.trim() || null,
        isHead: values.isHead ?? false,
        notes: values.notes?.trim() || null,
        active: values.active ?? true,
      });
      void message.success(t('agencies.contacts.saved', { name: saved.name }));
      onClose();
    } catch (e) {
      const appError = toAppError(e);
      setError(showFieldIssues(form, appError, language) ? null : appError);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title={contact ? t('agencies.contacts.editTitle') : t('agencies.contacts.newTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'contact-submit' } as object) }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" name="contact" onFinish={(values) => void handleFinish(values)}>
        <Form.Item name="name" label={t('agencies.contacts.name')} rules={[{ required: true, whitespace: true, message: t('agencies.contacts.nameRequired') }, { max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="title" label={t('agencies.contacts.title')} rules={[{ max: 60 }]}>
          <Input placeholder={t('agencies.contacts.titlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="phones"
          label={t('agencies.contacts.phones')}
          extra={t('agencies.contacts.phonesHint')}
          rules={[{ type: 'array', max: 5, message: t('agencies.contacts.phonesMax') }]}
        >
          <Select mode="tags" suffixIcon={null} notFoundContent={null} tokenSeparators={[',', '，', ' ', '、']} />
        </Form.Item>
        <Form.Item name="email" label={t('agencies.contacts.email')} rules={[{ type: 'email', message: t('agencies.contacts.emailInvalid') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="isHead" valuePropName="checked" extra={t('agencies.contacts.headHint')}>
          <Checkbox>{t('agencies.contacts.isHead')}</Checkbox>
        </Form.Item>
        <Form.Item name="notes" label={t('agencies.contacts.notes')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="active" label={t('agencies.form.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
