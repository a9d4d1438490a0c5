import { Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASE_SOURCES } from '../../../../electron/contract/schemas/cases';
import { useReferenceStore } from '../../stores/stores';
import { MediabilityField } from './MediabilityField';

/** 案件信息: what the dispute is, where it came from and who handles it. */
export function CaseFields() {
  const { t } = useTranslation();
  const categories = useReferenceStore((s) => s.categories);
  const operators = useReferenceStore((s) => s.operators);
  const required = (what: string) => ({ required: true, whitespace: true, message: t('intake.required', { what }) });
  const activeCategories = categories.filter((c) => c.active).sort((a, b) => a.sort - b.sort);

  return (
    <Card size="small" title={t('intake.sectionCase')}>
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="title" label={t('intake.caseTitle')} rules={[required(t('intake.caseTitle')), { max: 200 }]}>
            <Input placeholder={t('intake.caseTitlePlaceholder')} autoFocus />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="source" label={t('intake.source')} rules={[{ required: true, message: t('intake.required', { what: t('intake.source') }) }]}>
            <Select options={CASE_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="courtNumber" label={t('intake.courtNumber')} rules={[{ max: 60 }]}>
            <Input placeholder={t('intake.courtNumberPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="categoryId" label={t('intake.category')} rules={[{ required: true, message: t('intake.required', { what: t('intake.category') }) }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={activeCategories.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="complexity" label={t('intake.complexity')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={[{ value: 'simple', label: t('complexity.simple') }, { value: 'complex', label: t('complexity.complex') }]} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="coordinatorId" label={t('intake.coordinator')}>
            <Select allowClear options={operators.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="receivedOn" label={t('intake.receivedOn')} rules={[{ required: true, message: t('intake.required', { what: t('intake.receivedOn') }) }]}>
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <MediabilityField />
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="disputeFocus" label={t('intake.disputeFocus')} rules={[{ max: 4000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="amountYuan" label={t('intake.amount')}>
            <InputNumber style={{ width: '100%' }} min={0} max={1e12} precision={2} suffix={t('intake.yuan')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="claims" label={t('intake.claims')} rules={[{ max: 4000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="notes" label={t('intake.notes')} rules={[{ max: 4000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
