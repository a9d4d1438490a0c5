import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Descriptions, Divider, Empty, Flex, Form, Input, Typography } from 'antd';
import { CheckCircleOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../../electron/contract/schemas/meetings';
import type { AppError } from '../../../../../electron/contract/result';
import { useAppStore, useMeetingDetailStore, useReferenceStore } from '../../../stores/stores';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { toAppError } from '../../../lib/app-error';
import { showFieldIssues } from '../../agencies/field-issues';
import { chinaNowWall, chinaWall } from '../china-time';
import { ActionItemsEditor, actionInputs, type ActionItemRow } from './ActionItemsEditor';
import { ActionItemsTable } from './ActionItemsTable';

interface MinutesValues {
  summary?: string | null;
  attended?: string[];
  items?: { agendaItemId: string; discussion?: string | null; decision?: string | null }[];
  actionItems?: ActionItemRow[];
}

function valuesOf(detail: MeetingDetail): MinutesValues {
  return {
    summary: detail.minutes?.summary ?? '',
    attended: detail.invitees.filter((i) => i.attended).map((i) => i.id),
    items: detail.agenda.map((a) => ({ agendaItemId: a.id, discussion: a.discussion ?? '', decision: a.decision ?? '' })),
    actionItems: detail.actionItems.map((a) => ({
      id: a.id,
      agendaItemId: a.agendaItemId ?? '',
      agencyId: a.agencyId ?? undefined,
      contactId: a.contactId,
      description: a.description,
      dueOn: a.dueOn ? dayjs(a.dueOn) : undefined,
    })),
  };
}

function agendaTitle(detail: MeetingDetail, index: number): string {
  const a = detail.agenda[index]!;
  return [a.topic, a.caseNumber, a.caseTitle].filter(Boolean).join(' ');
}

/**
 * 会议纪要: the summary, who signed in, per agenda item the discussion and decision, and the
 * action items. 定稿 marks the meeting held and turns each action item into a coordination task;
 * after that the record is fixed and only new action items can be added.
 */
export function MinutesTab({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  if (detail.status === 'cancelled') return <Empty description={t('meetings.minutes.cancelledMeeting')} />;
  return detail.minutes?.finalisedAt ? <FinalisedMinutes detail={detail} /> : <MinutesForm detail={detail} />;
}

function MinutesForm({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<MinutesValues>();
  const language = useAppStore((s) => s.language);
  const loadReference = useReferenceStore((s) => s.load);
  const saveMinutes = useMeetingDetailStore((s) => s.saveMinutes);
  const [saving, setSaving] = useState<'save' | 'finalise' | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const attended = Form.useWatch('attended', form);
  const started = chinaWall(detail.startsAt) <= chinaNowWall();
  const meetingDate = chinaWall(detail.startsAt).slice(0, 10);

  useEffect(() => {
    void loadReference();
  }, [loadReference]);
  // The form starts from the meeting as stored, and again after each save (new action items get
  // their ids). A refresh caused by some other write must not wipe what is being typed.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(valuesOf(detail));
  }, [detail.id, form]);

  async function submit(finalise: boolean) {
    if (!(await form.validateFields().then(() => true, () => false))) return;
    const values = form.getFieldsValue(true) as MinutesValues;
    setSaving(finalise ? 'finalise' : 'save');
    setError(null);
    try {
      const ids = new Set(values.attended ?? []);
      const saved = await saveMinutes({
        summary: values.summary?.trim() || null,
        attendance: detail.invitees.map((i) => ({ inviteeId: i.id, attended: ids.has(i.id) })),
        items: (values.items ?? []).map((it) => ({ agendaItemId: it.agendaItemId, discussion: it.discussion?.trim() || null, decision: it.decision?.trim() || null })),
        actionItems: actionInputs(values.actionItems),
        finalise,
      });
      form.setFieldsValue(valuesOf(saved));
      void message.success(finalise ? t('meetings.minutes.finalised', { count: saved.actionItems.filter((a) => a.taskId).length }) : t('meetings.minutes.saved'));
    } catch (e) {
      const appError = toAppError(e);
      setError(showFieldIssues(form, appError, language) ? null : appError);
    } finally {
      setSaving(null);
    }
  }

  function confirmFinalise() {
    const count = (form.getFieldValue('actionItems') as ActionItemRow[] | undefined)?.length ?? 0;
    modal.confirm({
      title: t('meetings.minutes.finaliseTitle'),
      content: t('meetings.minutes.finaliseBody', { count }),
      okText: t('meetings.minutes.finalise'),
      cancelText: t('common.cancel'),
      onOk: () => submit(true),
    });
  }

  return (
    <Form<MinutesValues> form={form} layout="vertical" name="minutes" data-testid="minutes-form">
      <Form.Item name="summary" label={t('meetings.minutes.summary')} rules={[{ max: 8000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} placeholder={t('meetings.minutes.summaryPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="attended"
        label={`${t('meetings.minutes.attendance')} · ${t('meetings.minutes.attendedCount', { attended: attended?.length ?? 0, total: detail.invitees.length })}`}
        extra={t('meetings.minutes.attendanceHint')}
      >
        <Checkbox.Group
          className="adr-attendance"
          options={detail.invitees.map((i) => ({ value: i.id, label: i.agencyName ? `${i.name}（${i.agencyName}）` : i.name }))}
        />
      </Form.Item>
      {detail.agenda.length > 0 ? <Divider titlePlacement="start">{t('meetings.minutes.items')}</Divider> : null}
      <Form.List name="items">
        {(fields) =>
          fields.map((field, index) => (
            <Card key={field.key} size="small" title={`${t('meetings.agenda.item', { n: index + 1 })} ${agendaTitle(detail, index)}`} className="adr-minutes-item">
              <Form.Item name={[field.name, 'agendaItemId']} hidden>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'discussion']} label={t('meetings.minutes.discussion')} rules={[{ max: 8000 }]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'decision']} label={t('meetings.minutes.decision')} rules={[{ max: 4000 }]} className="adr-last-item">
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
              </Form.Item>
            </Card>
          ))
        }
      </Form.List>
      <Divider titlePlacement="start">{t('meetings.minutes.actionItems')}</Divider>
      <Typography.Paragraph type="secondary">{t('meetings.minutes.actionHint')}</Typography.Paragraph>
      <ActionItemsEditor form={form} detail={detail} meetingDate={meetingDate} />
      {error ? <ErrorAlert error={error} /> : null}
      <Flex gap={8} justify="flex-end" align="center" className="adr-minutes-actions">
        {started ? null : <Typography.Text type="secondary">{t('meetings.minutes.notStarted')}</Typography.Text>}
        <Button icon={<SaveOutlined />} loading={saving === 'save'} disabled={saving !== null} onClick={() => void submit(false)} data-testid="minutes-save">
          {t('meetings.minutes.save')}
        </Button>
        <Button
          type="primary"
          icon={<CheckCircleOutlined />}
          loading={saving === 'finalise'}
          disabled={!started || saving !== null}
          onClick={confirmFinalise}
          data-testid="minutes-finalise"
        >
          {t('meetings.minutes.finalise')}
        </Button>
      </Flex>
    </Form>
  );
}

function FinalisedMinutes({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ additions?: ActionItemRow[] }>();
  const language = useAppStore((s) => s.language);
  const loadReference = useReferenceStore((s) => s.load);
  const saveMinutes = useMeetingDetailStore((s) => s.saveMinutes);
  const [adding, setAdding] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const attended = detail.invitees.filter((i) => i.attended);

  useEffect(() => {
    void loadReference();
  }, [loadReference]);

  async function handleAdd() {
    if (!(await form.validateFields().then(() => true, () => false))) return;
    const values = form.getFieldsValue(true) as { additions?: ActionItemRow[] };
    setSaving(true);
    setError(null);
    try {
      // Only the additions: the record itself is fixed, and items left out are kept.
      const additions = actionInputs(values.additions);
      await saveMinutes({ actionItems: additions });
      void message.success(t('meetings.minutes.addSaved', { count: additions.length }));
      form.resetFields();
      setAdding(false);
    } catch (e) {
      const appError = toAppError(e);
      // The core numbers the additions as it received them (actionItems.N); the form calls them additions.
      const renamed = { ...appError, fields: appError.fields?.map((f) => ({ ...f, path: f.path.replace(/^actionItems\./, 'additions.') })) };
      setError(showFieldIssues(form, renamed, language) ? null : appError);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Flex vertical gap={12} data-testid="minutes-final">
      <Alert type="success" showIcon title={t('meetings.minutes.finalisedAt', { date: chinaWall(detail.minutes!.finalisedAt!).slice(0, 10) })} />
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'summary', label: t('meetings.minutes.summary'), children: <span className="adr-cell-text">{detail.minutes?.summary ?? '—'}</span> },
          {
            key: 'attendance',
            label: t('meetings.minutes.attendance'),
            children: `${t('meetings.minutes.attendedCount', { attended: attended.length, total: detail.invitees.length })}：${attended.map((i) => i.name).join('、') || '—'}`,
          },
          ...detail.agenda.map((a, i) => ({
            key: a.id,
            label: `${t('meetings.agenda.item', { n: i + 1 })} ${agendaTitle(detail, i)}`,
            children: (
              <Flex vertical gap={4}>
                <span className="adr-cell-text">
                  <Typography.Text strong>{t('meetings.minutes.discussion')}：</Typography.Text>
                  {a.discussion ?? '—'}
                </span>
                <span className="adr-cell-text">
                  <Typography.Text strong>{t('meetings.minutes.decision')}：</Typography.Text>
                  {a.decision ?? '—'}
                </span>
              </Flex>
            ),
          })),
        ]}
      />
      <Typography.Title level={5} className="adr-section-title">
        {t('meetings.minutes.tasks')}
      </Typography.Title>
      <ActionItemsTable items={detail.actionItems} testId="minutes-action-items" />
      {adding ? (
        <Form form={form} layout="vertical" name="minutes-additions">
          <ActionItemsEditor form={form} detail={detail} meetingDate={chinaWall(detail.startsAt).slice(0, 10)} name="additions" />
          {error ? <ErrorAlert error={error} /> : null}
          <Flex gap={8} justify="flex-end" className="adr-minutes-actions">
            <Button onClick={() => setAdding(false)}>{t('common.cancel')}</Button>
            <Button type="primary" loading={saving} onClick={() => void handleAdd()} data-testid="minutes-add-save">
              {t('common.save')}
            </Button>
          </Flex>
        </Form>
      ) : (
        <div>
          <Button
            onClick={() => {
              form.setFieldsValue({ additions: [{ agendaItemId: detail.agenda[0]?.id ?? '' }] });
              setAdding(true);
            }}
            data-testid="minutes-add-actions"
          >
            {t('meetings.minutes.addAfterFinal')}
          </Button>
        </div>
      )}
    </Flex>
  );
}
