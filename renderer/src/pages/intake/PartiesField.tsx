import { Button, Card, Form } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EMPTY_PARTY } from './intake-values';
import { PartyRow } from './PartyRow';

/** 申请人: one or more persons or organisations. */
export function PartiesField() {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('intake.sectionParties')}>
      <Form.List
        name="parties"
        rules={[
          {
            validator: async (_, parties: unknown[] | undefined) => {
              if (!parties || parties.length === 0) throw new Error(t('intake.needParty'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <PartyRow key={field.key} name={field.name} index={index} onRemove={fields.length > 1 ? () => remove(field.name) : undefined} />
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...EMPTY_PARTY })} data-testid="add-party">
              {t('intake.addParty')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
