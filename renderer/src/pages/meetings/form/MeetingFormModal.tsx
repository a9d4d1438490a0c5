import { useEffect, useRef, useState } from 'react';
import { App, Button, DatePicker, Divider, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, type Clash, type MeetingDetail } from '../../../../../electron/contract/schemas/meetings';
import type { AppError } from '../../../../../electron/contract/result';
import { useAppStore, useMeetingsStore, useReferenceStore, useRoomsStore } from '../../../stores/stores';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { pick, toAppError } from '../../../lib/app-error';
import { ClashPanel, hasBlockingClash } from '../ClashList';
import { blankValues, draftOf, formFieldsOf, NEW_SERIES, NO_SERIES, valuesFromDetail, type MeetingFormValues } from '../meeting-form-values';
import { AgendaEditor } from './AgendaEditor';
import '../meetings.css';
import { InviteesEditor } from './InviteesEditor';

/** What the form opens on: a new meeting between two China wall clocks, or a saved one. */
export type MeetingFormTarget = { startWall: string; endWall: string } | { detail: MeetingDetail };

/** Clashes on screen: from the 检查冲突 button (checked) or from a save the core refused. */
interface ClashState {
  clashes: Clash[];
  refused: boolean;
}

const TIME_FORMAT = 'YYYY-MM-DD HH:mm';

/**
 * 新建/编辑会议: kind, title, time, room or place, organiser, series, status, the agenda and the
 * invitees. Clashes are checked on demand and again on save (inside the core's write): a booked
 * room blocks the save; warnings (people busy elsewhere, a rest day, after hours) can be accepted.
 */
export function MeetingFormModal({ target, onClose }: { target: MeetingFormTarget | null; onClose: (saved?: MeetingDetail) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MeetingFormValues>();
  const language = useAppStore((s) => s.language);
  const me = useAppStore((s) => s.info?.operator ?? null);
  const operators = useReferenceStore((s) => s.operators);
  const loadReference = useReferenceStore((s) => s.load);
  const rooms = useRoomsStore((s) => s.rooms);
  const loadRooms = useRoomsStore((s) => s.load);
  const series = useMeetingsStore((s) => s.series);
  const loadSeries = useMeetingsStore((s) => s.loadSeries);
  const check = useMeetingsStore((s) => s.check);
  const save = useMeetingsStore((s) => s.save);
  const [busy, setBusy] = useState<'check' | 'save' | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [clash, setClash] = useState<ClashState | null>(null);
  const previousStart = useRef<Dayjs | null>(null);
  const placeMode = Form.useWatch('placeMode', form);
  const seriesChoice = Form.useWatch('series', form);
  const editing = target && 'detail' in target ? target.detail : null;

  useEffect(() => {
    if (!target) return;
    void loadReference();
    void loadRooms();
    void loadSeries();
    form.resetFields();
    const values = 'detail' in target ? valuesFromDetail(target.detail) : blankValues(target.startWall, target.endWall, me?.id ?? null);
    form.setFieldsValue(values);
    previousStart.current = values.startsAt ?? null;
    setError(null);
    setClash(null);
    // Only a new target resets the form; `me` arriving later must not wipe what was typed.
  }, [target, form, loadReference, loadRooms, loadSeries]);

  /** Marks the core's field issues on their fields; the rest go to the alert. */
  function showError(e: unknown) {
    const appError = toAppError(e);
    const known = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
    const issues = formFieldsOf(appError);
    const onFields = issues.filter((i) => known.has(JSON.stringify(i.name)));
    type Fields = Parameters<typeof form.setFields>[0];
    form.setFields(onFields.map((i) => ({ name: i.name, errors: [pick(i.message, language)] })) as Fields);
    const rest = issues.filter((i) => !onFields.includes(i));
    if (onFields.length > 0 && rest.length === 0) setError(null);
    else setError(rest.length ? { ...appError, message: rest[0]!.message } : appError);
  }

  async function currentDraft() {
    try {
      await form.validateFields();
      // Everything in the store, not only the fields on screen: a row's kind has no input of its own.
      return draftOf(form.getFieldsValue(true) as MeetingFormValues, editing?.id);
    } catch {
      setError(null);
      return null;
    }
  }

  async function handleCheck() {
    const draft = await currentDraft();
    if (!draft) return;
    setBusy('check');
    setError(null);
    try {
      setClash({ clashes: await check(draft), refused: false });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  }

  async function handleSave(acceptWarnings: boolean) {
    const draft = await currentDraft();
    if (!draft) return;
    setBusy('save');
    setError(null);
    try {
      const result = await save(draft, acceptWarnings);
      if (!result.saved || !result.meeting) {
        setClash({ clashes: result.clashes, refused: true });
        return;
      }
      const warnings = result.clashes.length;
      void message.success(
        warnings ? t('meetings.form.savedWithWarnings', { title: result.meeting.title, count: warnings }) : t('meetings.form.saved', { title: result.meeting.title }),
      );
      onClose(result.meeting);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  }

  const roomOptions = rooms
    .filter((r) => r.active || r.id === editing?.roomId)
    .map((r) => ({
      value: r.id,
      label: [r.name, r.capacity ? `（${t('meetings.form.roomCapacity', { count: r.capacity })}）` : '', r.active ? '' : t('meetings.form.roomInactive')].join(''),
    }));
  const seriesOptions = [
    { value: NO_SERIES, label: t('meetings.form.noSeries') },
    ...series.map((s) => ({ value: s.id, label: `${s.name}${t('meetings.form.seriesMeetings', { count: s.meetings })}` })),
    { value: NEW_SERIES, label: t('meetings.form.newSeries') },
  ];
  const blocked = clash ? hasBlockingClash(clash.clashes) : false;

  return (
    <Modal
      open={target !== null}
      width={880}
      title={editing ? t('meetings.form.editTitle') : t('meetings.form.newTitle')}
      onCancel={() => onClose()}
      forceRender
      destroyOnHidden={false}
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto', paddingRight: 8 } }}
      footer={
        <Flex justify="space-between" gap={8}>
          <Button icon={<SafetyOutlined />} loading={busy === 'check'} disabled={busy === 'save'} onClick={() => void handleCheck()} data-testid="meeting-check">
            {t('meetings.form.check')}
          </Button>
          <Flex gap={8}>
            <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
            {clash?.refused && !blocked && clash.clashes.length > 0 ? (
              <Button danger loading={busy === 'save'} onClick={() => void handleSave(true)} data-testid="meeting-save-anyway">
                {t('meetings.clash.saveAnyway')}
              </Button>
            ) : null}
            <Button type="primary" loading={busy === 'save'} disabled={busy === 'check'} onClick={() => void handleSave(false)} data-testid="meeting-submit">
              {t('common.save')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Form<MeetingFormValues>
        form={form}
        layout="vertical"
        name="meeting"
        onValuesChange={(changed: Partial<MeetingFormValues>) => {
          // Moving the start keeps the length: the end follows.
          if (changed.startsAt && previousStart.current) {
            const end = form.getFieldValue('endsAt') as Dayjs | undefined;
            if (end) form.setFieldValue('endsAt', end.add(changed.startsAt.diff(previousStart.current, 'minute'), 'minute'));
          }
          if ('startsAt' in changed) previousStart.current = changed.startsAt ?? null;
          // What was checked is no longer what is on screen.
          if (clash) setClash(null);
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="kind" label={t('meetings.form.kind')} className="adr-form-kind">
            <Select options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('meetings.form.title')}
            className="adr-grow"
            rules={[{ required: true, whitespace: true, message: t('meetings.form.titleRequired') }, { max: 200 }]}
          >
            <Input placeholder={t('meetings.form.titlePlaceholder')} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="startsAt" label={t('meetings.form.startsAt')} rules={[{ required: true, message: t('meetings.form.timeRequired') }]}>
            <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format={TIME_FORMAT} allowClear={false} />
          </Form.Item>
          <Form.Item
            name="endsAt"
            label={t('meetings.form.endsAt')}
            dependencies={['startsAt']}
            rules={[
              { required: true, message: t('meetings.form.timeRequired') },
              {
                validator: async (_, value: Dayjs | undefined) => {
                  const start = form.getFieldValue('startsAt') as Dayjs | undefined;
                  if (value && start && !value.isAfter(start)) throw new Error(t('meetings.form.endBeforeStart'));
                },
              },
            ]}
          >
            <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format={TIME_FORMAT} allowClear={false} />
          </Form.Item>
          <Form.Item name="status" label={t('meetings.form.status')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'draft', label: t('meetings.status.draft'), disabled: editing !== null && editing.status !== 'draft' },
                { value: 'scheduled', label: t('meetings.status.scheduled') },
              ]}
            />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap align="flex-start">
          <Form.Item name="placeMode" label={t('meetings.form.where')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'room', label: t('meetings.form.inRoom') },
                { value: 'place', label: t('meetings.form.outside') },
              ]}
            />
          </Form.Item>
          {placeMode === 'place' ? (
            <Form.Item
              name="place"
              label={t('meetings.form.place')}
              className="adr-grow"
              rules={[{ required: true, whitespace: true, message: t('meetings.form.placeRequired') }, { max: 200 }]}
            >
              <Input placeholder={t('meetings.form.placePlaceholder')} />
            </Form.Item>
          ) : (
            <Form.Item name="roomId" label={t('meetings.form.room')} className="adr-grow" rules={[{ required: true, message: t('meetings.form.roomRequired') }]}>
              <Select options={roomOptions} placeholder={t('meetings.form.roomPlaceholder')} notFoundContent={t('meetings.form.noRooms')} />
            </Form.Item>
          )}
        </Flex>
        <Flex gap={12} wrap align="flex-start">
          <Form.Item name="organiserId" label={t('meetings.form.organiser')} className="adr-grow">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('meetings.form.organiserPlaceholder')}
              options={operators.map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
          <Form.Item name="series" label={t('meetings.form.series')} className="adr-grow">
            <Select options={seriesOptions} />
          </Form.Item>
          {seriesChoice === NEW_SERIES ? (
            <Form.Item
              name="newSeriesName"
              label={t('meetings.form.newSeriesName')}
              className="adr-grow"
              rules={[{ required: true, whitespace: true, message: t('meetings.form.newSeriesRequired') }, { max: 100 }]}
            >
              <Input placeholder={t('meetings.form.newSeriesPlaceholder')} />
            </Form.Item>
          ) : null}
        </Flex>
        <Divider titlePlacement="start">{t('meetings.agenda.title')}</Divider>
        <AgendaEditor form={form} />
        <Divider titlePlacement="start">{t('meetings.invitees.title')}</Divider>
        <InviteesEditor form={form} />
        {clash || error ? <Divider /> : null}
        {clash ? <ClashPanel clashes={clash.clashes} language={language} checkedOnly={!clash.refused} /> : null}
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
