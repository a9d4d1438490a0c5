import { useEffect, useState } from 'react';
import { App, Col, DatePicker, Form, Input, Modal, Row, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Hearing } from '../../../../../electron/contract/schemas/linkage';
import type { AppError } from '../../../../../electron/contract/result';
import { useAppStore, useLinkageStore, useReferenceStore } from '../../../stores/stores';
import type { CaseOption } from '../../../stores/linkage-store';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { toAppError } from '../../../lib/app-error';
import { AgencySelect } from '../AgencySelect';
import { CaseSelect } from '../CaseSelect';
import { showFieldIssues } from '../form-issues';

interface Values {
  agencyId?: string;
  caseId?: string | null;
  courtNumber?: string;
  heldOn?: Dayjs;
  appearedName?: string;
  appearedTitle?: string;
  headAppeared: boolean;
}

const FIELDS = ['agencyId', 'caseId', 'courtNumber', 'heldOn', 'appearedName', 'appearedTitle', 'headAppeared'] as const;

/** 登记/修改开庭应诉: who appeared for the agency at one hearing, and whether it was the head. */
export function HearingModal({
  open,
  hearing,
  defaultDate,
  onClose,
}: {
  open: boolean;
  /** The hearing being edited; null adds a new one. */
  hearing: Hearing | null;
  /** Prefilled date of a new hearing (today when it lies in the period shown). */
  defaultDate: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const language = useAppStore((s) => s.language);
  const agencies = useReferenceStore((s) => s.agencies);
  const saveHearing = useLinkageStore((s) => s.saveHearing);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      hearing
        ? {
            agencyId: hearing.agencyId,
            caseId: hearing.caseId,
            courtNumber: hearing.courtNumber ?? '',
            heldOn: dayjs(hearing.heldOn),
            appearedName: hearing.appearedName ?? '',
            appearedTitle: hearing.appearedTitle ?? '',
            headAppeared: hearing.headAppeared,
          }
        : { headAppeared: false, heldOn: defaultDate ? dayjs(defaultDate) : undefined },
    );
  }, [open, hearing, defaultDate, form]);

  // A case from the list brings its court number and respondent, unless already filled in.
  function handlePick(option: CaseOption) {
    if (!form.getFieldValue('courtNumber') && option.courtNumber) form.setFieldValue('courtNumber', option.courtNumber);
    if (!form.getFieldValue('agencyId') && option.respondent) {
      const agency = agencies.find((a) => a.name === option.respondent);
      if (agency) form.setFieldValue('agencyId', agency.id);
    }
  }

  async function handleFinish(values: Values) {
    setSaving(true);
    setError(null);
    try {
      await saveHearing({
        ...(hearing ? { id: hearing.id } : {}),
        agencyId: values.agencyId!,
        caseId: values.caseId ?? null,
        courtNumber: values.courtNumber?.trim() || null,
        heldOn: values.heldOn!.format('YYYY-MM-DD'),
        appearedName: values.appearedName?.trim() || null,
        appearedTitle: values.appearedTitle?.trim() || null,
        headAppeared: values.headAppeared,
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

  return (
    <Modal
      open={open}
      title={hearing ? t('linkage.hearing.editTitle') : t('linkage.hearing.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'hearing-submit' } as object) }}
      width={640}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" name="hearing" onFinish={(values) => void handleFinish(values)}>
        <Form.Item name="caseId" label={t('linkage.common.case')}>
          <CaseSelect current={hearing?.caseId && hearing.caseNumber ? { id: hearing.caseId, caseNumber: hearing.caseNumber } : null} onPick={handlePick} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item name="agencyId" label={t('linkage.hearing.agency')} rules={[{ required: true, message: t('linkage.hearing.agencyRequired') }]}>
              <AgencySelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="heldOn"
              label={t('linkage.hearing.heldOn')}
              rules={[
                { required: true, message: t('linkage.hearing.heldOnRequired') },
                {
                  validator: async (_, value: Dayjs | undefined) => {
                    if (value && value.isAfter(dayjs(), 'day')) throw new Error(t('linkage.common.dateInFuture'));
                  },
                },
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="courtNumber" label={t('linkage.common.courtNumber')} rules={[{ max: 60 }]}>
          <Input placeholder="（2026）冀03行初12号" />
        </Form.Item>
        <Form.Item name="headAppeared" label={t('linkage.hearing.headAppeared')} valuePropName="checked" extra={t('linkage.hearing.headAppearedHint')}>
          <Switch checkedChildren={t('linkage.hearing.yes')} unCheckedChildren={t('linkage.hearing.no')} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              name="appearedName"
              label={t('linkage.hearing.appearedName')}
              dependencies={['headAppeared']}
              rules={[
                { max: 60 },
                ({ getFieldValue }) => ({
                  validator: async (_, value: string | undefined) => {
                    if (getFieldValue('headAppeared') && !value?.trim()) throw new Error(t('linkage.hearing.nameRequired'));
                  },
                }),
              ]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="appearedTitle" label={t('linkage.hearing.appearedTitle')} rules={[{ max: 60 }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
