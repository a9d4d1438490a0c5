import { Button, Card, Flex, Form, Input, InputNumber, Space, Typography, type FormInstance } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MeetingFormValues } from '../meeting-form-values';
import { CaseSearchSelect } from './CaseSearchSelect';

/**
 * The agenda in running order: each item a case (found by search) or a free topic, with presenter,
 * minutes allotted, the proposed plan and the questions for decision. Reordered with buttons, so
 * it works from the keyboard.
 */
export function AgendaEditor({ form }: { form: FormInstance<MeetingFormValues> }) {
  const { t } = useTranslation();
  const rows = Form.useWatch('agenda', { form, preserve: true });
  const total = (rows ?? []).reduce((sum, r) => sum + (r?.minutesAllotted ?? 0), 0);

  return (
    <Form.List name="agenda">
      {(fields, { add, remove, move }) => (
        <Flex vertical gap={8} data-testid="agenda-editor">
          {fields.length === 0 ? (
            <Typography.Text type="secondary">{t('meetings.agenda.empty')}</Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('meetings.agenda.total', { count: fields.length, minutes: total })}</Typography.Text>
          )}
          {fields.map((field, index) => {
            const n = index + 1;
            const item = t('meetings.agenda.item', { n });
            return (
              <Card
                key={field.key}
                size="small"
                title={item}
                data-testid="agenda-item"
                extra={
                  <Space size={0}>
                    <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={index === 0} aria-label={`${item} ${t('common.moveUp')}`} onClick={() => move(index, index - 1)} />
                    <Button
                      type="text"
                      size="small"
                      icon={<ArrowDownOutlined />}
                      disabled={index === fields.length - 1}
                      aria-label={`${item} ${t('common.moveDown')}`}
                      onClick={() => move(index, index + 1)}
                    />
                    <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`${item} ${t('meetings.agenda.remove')}`} onClick={() => remove(field.name)} />
                  </Space>
                }
              >
                <Form.Item name={[field.name, 'id']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'caseLabel']} hidden>
                  <Input />
                </Form.Item>
                <Flex gap={8} wrap>
                  <Form.Item name={[field.name, 'caseId']} label={t('meetings.agenda.case')} className="adr-grow">
                    <CaseSearchSelect
                      aria-label={`${item} ${t('meetings.agenda.case')}`}
                      initialLabel={rows?.[field.name]?.caseLabel ?? null}
                      onPicked={(label) => form.setFieldValue(['agenda', field.name, 'caseLabel'], label)}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'topic']}
                    label={t('meetings.agenda.topic')}
                    className="adr-grow"
                    dependencies={[['agenda', field.name, 'caseId']]}
                    rules={[
                      { max: 200 },
                      {
                        validator: async (_, value: string | null | undefined) => {
                          const caseId = form.getFieldValue(['agenda', field.name, 'caseId']) as string | null | undefined;
                          if (!caseId && !value?.trim()) throw new Error(t('meetings.agenda.needCaseOrTopic'));
                        },
                      },
                    ]}
                  >
                    <Input aria-label={`${item} ${t('meetings.agenda.topic')}`} placeholder={t('meetings.agenda.topicPlaceholder')} />
                  </Form.Item>
                </Flex>
                <Flex gap={8} wrap>
                  <Form.Item name={[field.name, 'presenter']} label={t('meetings.agenda.presenter')} rules={[{ max: 60 }]} className="adr-grow">
                    <Input aria-label={`${item} ${t('meetings.agenda.presenter')}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'minutesAllotted']} label={t('meetings.agenda.minutes')}>
                    <InputNumber
                      aria-label={`${item} ${t('meetings.agenda.minutes')}`}
                      min={1}
                      max={600}
                      precision={0}
                      suffix={t('meetings.agenda.minutesUnit')}
                      className="adr-minutes-input"
                    />
                  </Form.Item>
                </Flex>
                <Form.Item name={[field.name, 'proposedPlan']} label={t('meetings.agenda.proposedPlan')} rules={[{ max: 4000 }]}>
                  <Input.TextArea aria-label={`${item} ${t('meetings.agenda.proposedPlan')}`} autoSize={{ minRows: 1, maxRows: 6 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'questions']} label={t('meetings.agenda.questions')} rules={[{ max: 2000 }]} className="adr-last-item">
                  <Input.TextArea aria-label={`${item} ${t('meetings.agenda.questions')}`} autoSize={{ minRows: 1, maxRows: 4 }} />
                </Form.Item>
              </Card>
            );
          })}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ minutesAllotted: 20 })} data-testid="agenda-add">
            {t('meetings.agenda.add')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
