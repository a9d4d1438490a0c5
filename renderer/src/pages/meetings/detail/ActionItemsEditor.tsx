import { Button, Card, DatePicker, Flex, Form, Input, Select, Typography, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../../electron/contract/schemas/meetings';
import { useReferenceStore } from '../../../stores/stores';
import { ContactSelect } from '../../tasks/ContactSelect';

export interface ActionItemRow {
  id?: string;
  agendaItemId?: string | null;
  agencyId?: string;
  contactId?: string | null;
  description?: string;
  dueOn?: Dayjs;
}

/** '议程 2：秦行化〔2026〕15号' / '议程 3：通报…', for the action item's agenda picker. */
export function agendaLabel(detail: MeetingDetail, id: string, itemLabel: (n: number) => string): string {
  const index = detail.agenda.findIndex((a) => a.id === id);
  const a = detail.agenda[index];
  if (!a) return '';
  return `${itemLabel(index + 1)}：${a.caseNumber ?? a.topic ?? ''}`;
}

/**
 * 督办事项 being written: which agenda item, which agency and contact, what is asked and by when
 * (not before the meeting). Each becomes a coordination task when the minutes are finalised.
 */
export function ActionItemsEditor({
  form,
  detail,
  meetingDate,
  name = 'actionItems',
}: {
  form: FormInstance;
  detail: MeetingDetail;
  meetingDate: string;
  name?: string;
}) {
  const { t } = useTranslation();
  const agencies = useReferenceStore((s) => s.agencies);
  const rows = Form.useWatch(name, { form, preserve: true }) as ActionItemRow[] | undefined;
  const agendaOptions = [
    { value: '', label: t('meetings.minutes.agendaNone') },
    ...detail.agenda.map((a) => ({ value: a.id, label: agendaLabel(detail, a.id, (n) => t('meetings.agenda.item', { n })) })),
  ];

  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8} data-testid="action-items-editor">
          {fields.length === 0 ? <Typography.Text type="secondary">{t('meetings.minutes.noActions')}</Typography.Text> : null}
          {fields.map((field, index) => {
            const row = rows?.[field.name];
            const label = `${t('meetings.minutes.actionItems')} ${index + 1}`;
            return (
              <Card
                key={field.key}
                size="small"
                title={label}
                data-testid="action-item"
                extra={<Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`${label} ${t('meetings.minutes.remove')}`} onClick={() => remove(field.name)} />}
              >
                <Form.Item name={[field.name, 'id']} hidden>
                  <Input />
                </Form.Item>
                <Flex gap={8} wrap>
                  <Form.Item name={[field.name, 'agendaItemId']} label={t('meetings.minutes.agendaItem')} className="adr-grow">
                    <Select aria-label={`${label} ${t('meetings.minutes.agendaItem')}`} options={agendaOptions} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'agencyId']}
                    label={t('meetings.minutes.agency')}
                    className="adr-grow"
                    rules={[{ required: true, message: t('meetings.minutes.agencyRequired') }]}
                  >
                    <Select
                      aria-label={`${label} ${t('meetings.minutes.agency')}`}
                      showSearch={{ optionFilterProp: 'label' }}
                      placeholder={t('meetings.invitees.agencyPlaceholder')}
                      options={agencies.map((a) => ({ value: a.id, label: a.name }))}
                      onChange={() => form.setFieldValue([name, field.name, 'contactId'], null)}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'contactId']} label={t('meetings.minutes.contact')} className="adr-grow">
                    <ContactSelect aria-label={`${label} ${t('meetings.minutes.contact')}`} agencyId={row?.agencyId ?? null} />
                  </Form.Item>
                </Flex>
                <Flex gap={8} wrap align="flex-start">
                  <Form.Item
                    name={[field.name, 'description']}
                    label={t('meetings.minutes.what')}
                    className="adr-grow"
                    rules={[{ required: true, whitespace: true, message: t('meetings.minutes.whatRequired') }, { max: 2000 }]}
                  >
                    <Input.TextArea aria-label={`${label} ${t('meetings.minutes.what')}`} autoSize={{ minRows: 1, maxRows: 5 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueOn']} label={t('meetings.minutes.dueOn')} rules={[{ required: true, message: t('meetings.minutes.dueRequired') }]}>
                    <DatePicker aria-label={`${label} ${t('meetings.minutes.dueOn')}`} disabledDate={(d) => d.format('YYYY-MM-DD') < meetingDate} />
                  </Form.Item>
                </Flex>
              </Card>
            );
          })}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ agendaItemId: detail.agenda[0]?.id ?? '' })} data-testid="action-add">
            {t('meetings.minutes.addAction')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** The rows as the contract's action items (the agenda item '' means none). */
export function actionInputs(rows: readonly ActionItemRow[] | undefined) {
  return (rows ?? []).map((r) => ({
    ...(r.id ? { id: r.id } : {}),
    agendaItemId: r.agendaItemId || null,
    agencyId: r.agencyId!,
    contactId: r.contactId ?? null,
    description: r.description!.trim(),
    dueOn: r.dueOn!.format('YYYY-MM-DD'),
  }));
}
