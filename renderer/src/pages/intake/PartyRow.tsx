import { Button, Col, Divider, Form, Input, Row, Select, Tooltip } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ID_TYPES } from '../../../../electron/contract/schemas/cases';
import { residentIdProblem } from '../../lib/resident-id';
import { today } from '../../lib/format';
import type { PartyValues } from './intake-values';

interface Props {
  name: number;
  index: number;
  onRemove: (() => void) | undefined;
}

/** One applicant: kind, name, identity document, contact. */
export function PartyRow({ name, index, onRemove }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();

  function handleKindChange(kind: PartyValues['kind']) {
    // The usual document follows the kind; the user may still pick another one.
    form.setFieldValue(['parties', name, 'idType'], kind === 'person' ? 'resident_id' : 'uscc');
  }

  return (
    <div data-testid={`party-${index}`}>
      {index > 0 ? <Divider style={{ margin: '4px 0 12px' }} /> : null}
      <Row gutter={12} align="top">
        <Col xs={24} md={5}>
          <Form.Item name={[name, 'kind']} label={t('intake.partyKind')} rules={[{ required: true }]}>
            <Select
              onChange={handleKindChange}
              options={(['person', 'organisation'] as const).map((k) => ({ value: k, label: t(`partyKind.${k}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={7}>
          <Form.Item
            name={[name, 'name']}
            label={t('intake.partyName')}
            rules={[{ required: true, whitespace: true, message: t('intake.required', { what: t('intake.partyName') }) }, { max: 100 }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={5}>
          <Form.Item name={[name, 'idType']} label={t('intake.idType')}>
            <Select allowClear options={ID_TYPES.map((k) => ({ value: k, label: t(`idType.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={22} md={6}>
          <Form.Item
            name={[name, 'idNumber']}
            label={t('intake.idNumber')}
            dependencies={[['parties', name, 'idType']]}
            rules={[
              { max: 40 },
              {
                validator: async (_, value: string | undefined) => {
                  if (!value?.trim()) return;
                  if (form.getFieldValue(['parties', name, 'idType']) !== 'resident_id') return;
                  const problem = residentIdProblem(value, today());
                  if (problem) throw new Error(t(`intake.residentId.${problem}`));
                },
              },
            ]}
          >
            <Input style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col xs={2} md={1} style={{ paddingTop: 30 }}>
          {onRemove ? (
            <Tooltip title={t('intake.removeParty')}>
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('intake.removeParty')} onClick={onRemove} />
            </Tooltip>
          ) : null}
        </Col>
        <Col xs={24} md={5}>
          <Form.Item name={[name, 'phone']} label={t('intake.phone')} rules={[{ max: 40 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={18}>
          <Form.Item name={[name, 'address']} label={t('intake.address')} rules={[{ max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </div>
  );
}
