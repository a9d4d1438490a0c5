import { useEffect, useState } from 'react';
import { App, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../../../../electron/contract/schemas/linkage';
import type { AppError } from '../../../../../electron/contract/result';
import { useAppStore, useLinkageStore } from '../../../stores/stores';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { toAppError } from '../../../lib/app-error';
import { AgencySelect } from '../AgencySelect';
import { CaseSelect } from '../CaseSelect';
import { showFieldIssues } from '../form-issues';

interface Values {
  agencyId?: string;
  reference?: string;
  caseId?: string | null;
  receivedOn?: Dayjs;
  replyDueOn?: Dayjs | null;
  content?: string;
  feedback?: string;
  feedbackOn?: Dayjs | null;
}

const FIELDS = ['agencyId', 'reference', 'caseId', 'receivedOn', 'replyDueOn', 'content', 'feedback', 'feedbackOn'] as const;

/** Courts usually ask for a written reply within two months of receipt. */
const DEFAULT_REPLY_MONTHS = 2;

const date = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** 登记/修改司法建议, including the agency's implementation feedback and its date. */
export function SuggestionModal({ open, suggestion, onClose }: { open: boolean; suggestion: Suggestion | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const language = useAppStore((s) => s.language);
  const saveSuggestion = useLinkageStore((s) => s.saveSuggestion);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (suggestion) {
      form.setFieldsValue({
        agencyId: suggestion.agencyId,
        reference: suggestion.reference ?? '',
        caseId: suggestion.caseId,
        receivedOn: dayjs(suggestion.receivedOn),
        replyDueOn: suggestion.replyDueOn ? dayjs(suggestion.replyDueOn) : null,
        content: suggestion.content,
        feedback: suggestion.feedback ?? '',
        feedbackOn: suggestion.feedbackOn ? dayjs(suggestion.feedbackOn) : null,
      });
    }
  }, [open, suggestion, form]);

  function handleReceived(received: Dayjs | null) {
    if (received && !form.getFieldValue('replyDueOn')) form.setFieldValue('replyDueOn', received.add(DEFAULT_REPLY_MONTHS, 'month'));
  }

  async function handleFinish(values: Values) {
    setSaving(true);
    setError(null);
    try {
      await saveSuggestion({
        ...(suggestion ? { id: suggestion.id } : {}),
        agencyId: values.agencyId!,
        reference: values.reference?.trim() || null,
        caseId: values.caseId ?? null,
        receivedOn: values.receivedOn!.format('YYYY-MM-DD'),
        replyDueOn: date(values.replyDueOn),
        content: values.content!.trim(),
        feedback: values.feedback?.trim() || null,
        feedbackOn: date(values.feedbackOn),
      });
      void message.success(t('linkage.common.saved'));
      onClose();
    } catch (e) {
      const appError = toAppError(e);
      if (!showFieldIssues(form, appError, language, FIELDS)) setError(appError);
    } finally {
      setSaving(false);
    }
  }

  /** A date that must not fall before the date received. */
  const notBeforeReceived = (messageKey: string) => ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: async (_: unknown, value: Dayjs | null | undefined) => {
      const received = getFieldValue('receivedOn') as Dayjs | undefined;
      if (value && received && value.isBefore(received, 'day')) throw new Error(t(messageKey));
    },
  });

  return (
    <Modal
      open={open}
      title={suggestion ? t('linkage.suggestion.editTitle') : t('linkage.suggestion.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'suggestion-submit' } as object) }}
      width={680}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" name="suggestion" onFinish={(values) => void handleFinish(values)}>
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item name="agencyId" label={t('linkage.suggestion.agency')} rules={[{ required: true, message: t('linkage.suggestion.agencyRequired') }]}>
              <AgencySelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="reference" label={t('linkage.suggestion.reference')} rules={[{ max: 60 }]}>
              <Input placeholder="（2026）冀03司建5号" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="caseId" label={t('linkage.common.case')}>
          <CaseSelect current={suggestion?.caseId && suggestion.caseNumber ? { id: suggestion.caseId, caseNumber: suggestion.caseNumber } : null} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              name="receivedOn"
              label={t('linkage.suggestion.receivedOn')}
              rules={[
                { required: true, message: t('linkage.suggestion.receivedRequired') },
                {
                  validator: async (_, value: Dayjs | undefined) => {
                    if (value && value.isAfter(dayjs(), 'day')) throw new Error(t('linkage.common.dateInFuture'));
                  },
                },
              ]}
            >
              <DatePicker style={{ width: '100%' }} onChange={handleReceived} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="replyDueOn"
              label={t('linkage.suggestion.replyDueOn')}
              tooltip={t('linkage.suggestion.replyDueHint')}
              dependencies={['receivedOn']}
              rules={[notBeforeReceived('linkage.suggestion.dueBeforeReceived')]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="content"
          label={t('linkage.suggestion.content')}
          rules={[{ required: true, whitespace: true, message: t('linkage.suggestion.contentRequired') }, { max: 4000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={16}>
            <Form.Item
              name="feedback"
              label={t('linkage.suggestion.feedback')}
              dependencies={['feedbackOn']}
              rules={[
                { max: 4000 },
                ({ getFieldValue }) => ({
                  validator: async (_, value: string | undefined) => {
                    if (getFieldValue('feedbackOn') && !value?.trim()) throw new Error(t('linkage.suggestion.feedbackTextRequired'));
                  },
                }),
              ]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="feedbackOn"
              label={t('linkage.suggestion.feedbackOn')}
              dependencies={['receivedOn', 'feedback']}
              rules={[
                notBeforeReceived('linkage.suggestion.feedbackBeforeReceived'),
                ({ getFieldValue }) => ({
                  validator: async (_, value: Dayjs | null | undefined) => {
                    if (value && value.isAfter(dayjs(), 'day')) throw new Error(t('linkage.common.dateInFuture'));
                    const feedback = getFieldValue('feedback') as string | undefined;
                    if (!value && feedback?.trim()) throw new Error(t('linkage.suggestion.feedbackDateRequired'));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
