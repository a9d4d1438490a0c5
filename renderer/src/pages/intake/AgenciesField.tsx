import { Button, Card, Col, Form, Row, Select, Tooltip } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AGENCY_ROLES } from '../../../../electron/contract/schemas/cases';
import { useReferenceStore } from '../../stores/stores';
import { EMPTY_AGENCY, type AgencyValues } from './intake-values';

/** 涉案单位: the respondent agency (exactly one) and any others with their roles. */
export function AgenciesField() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const agencies = useReferenceStore((s) => s.agencies);

  // The list's own rule (one respondent) runs on submit; once it has complained, re-check on change.
  function recheckRoles() {
    if (form.getFieldError(['agencies']).length > 0) void form.validateFields([['agencies']]).catch(() => undefined);
  }
  const options = agencies.map((a) => ({
    value: a.id,
    label: a.shortName && a.shortName !== a.name ? `${a.name}（${a.shortName}）` : a.name,
  }));

  return (
    <Card size="small" title={t('intake.sectionAgencies')}>
      <Form.List
        name="agencies"
        rules={[
          {
            validator: async (_, rows: AgencyValues[] | undefined) => {
              const respondents = (rows ?? []).filter((r) => r?.role === 'respondent').length;
              if (respondents !== 1) throw new Error(t('intake.oneRespondent'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Row key={field.key} gutter={12} data-testid={`agency-${index}`}>
                <Col xs={24} md={14}>
                  <Form.Item
                    name={[field.name, 'agencyId']}
                    label={t('intake.agency')}
                    rules={[{ required: true, message: t('intake.required', { what: t('intake.agency') }) }]}
                  >
                    <Select showSearch={{ optionFilterProp: 'label' }} options={options} placeholder={t('intake.agencyPlaceholder')} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={8}>
                  <Form.Item name={[field.name, 'role']} label={t('intake.agencyRole')} rules={[{ required: true }]}>
                    <Select onChange={recheckRoles} options={AGENCY_ROLES.map((r) => ({ value: r, label: t(`agencyRole.${r}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2} style={{ paddingTop: 30 }}>
                  {fields.length > 1 ? (
                    <Tooltip title={t('intake.removeAgency')}>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('intake.removeAgency')} onClick={() => remove(field.name)} />
                    </Tooltip>
                  ) : null}
                </Col>
              </Row>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...EMPTY_AGENCY })} style={{ marginTop: 8 }}>
              {t('intake.addAgency')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
