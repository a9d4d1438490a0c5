import { useEffect, useState } from 'react';
import { App, Button, DatePicker, Drawer, Flex, Form, Input, Select, Upload, type UploadFile } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import { MAX_ATTACHMENT_BYTES } from '../../../../electron/contract/schemas/cases';
import { STAGES, type Stage } from '../../../../electron/contract/schemas/common';
import type { AppError } from '../../../../electron/contract/result';
import { useAppStore, useCaseDetailStore, useReferenceStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pick, toAppError } from '../../lib/app-error';
import { readFileAsBase64 } from '../../lib/file-base64';
import { decodeParticipant, encodeParticipant, participantGroups } from './participants';

type Activity = CaseDetail['activities'][number];

interface ActivityValues {
  stepId?: string | null;
  stage: Stage;
  occurredAt: Dayjs;
  place?: string;
  participants: string[];
  description?: string;
  result?: string;
}

interface Props {
  detail: CaseDetail;
  /** null: a new activity; otherwise the one being edited. */
  activity: Activity | null;
  open: boolean;
  onClose: () => void;
}

/** The steps an activity can be logged against: those of the stages reached so far. */
function reachableSteps(detail: CaseDetail) {
  const upTo = STAGES.indexOf(detail.stage);
  return detail.steps.filter((s) => STAGES.indexOf(s.stage) <= upTo);
}

/** The step a new activity most likely belongs to: the first one not yet done in this stage. */
function suggestedStep(detail: CaseDetail): string | null {
  const here = detail.steps.filter((s) => s.stage === detail.stage);
  return (here.find((s) => s.status !== 'done' && s.required) ?? here.find((s) => s.status !== 'done'))?.stepId ?? null;
}

/** 记录活动 / 编辑活动: what was done, when, where, with whom, and its files. */
export function ActivityDrawer({ detail, activity, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityValues>();
  const language = useAppStore((s) => s.language);
  const operators = useReferenceStore((s) => s.operators);
  const loadReference = useReferenceStore((s) => s.load);
  const createActivity = useCaseDetailStore((s) => s.createActivity);
  const updateActivity = useCaseDetailStore((s) => s.updateActivity);
  const addAttachment = useCaseDetailStore((s) => s.addAttachment);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (!open) return;
    void loadReference();
    setFiles([]);
    setError(null);
    form.resetFields();
    if (activity) {
      form.setFieldsValue({
        stepId: activity.stepId,
        stage: activity.stage,
        occurredAt: dayjs(activity.occurredAt),
        place: activity.place ?? undefined,
        participants: activity.participants.map(encodeParticipant),
        description: activity.description,
        result: activity.result ?? undefined,
      });
    } else {
      const stepId = suggestedStep(detail);
      const step = detail.steps.find((s) => s.stepId === stepId);
      form.setFieldsValue({ stepId, stage: step?.stage ?? detail.stage, occurredAt: dayjs(), participants: [] });
    }
    // Only on opening: later changes to the case must not wipe what the user is typing.
  }, [open, activity?.id]);

  const steps = reachableSteps(detail);
  const stepOptions = STAGES.filter((stage) => steps.some((s) => s.stage === stage)).map((stage) => ({
    label: t(`stage.${stage}`),
    title: t(`stage.${stage}`),
    options: steps
      .filter((s) => s.stage === stage)
      .map((s) => ({ value: s.stepId, label: s.required ? `${s.name}（${t('case.requiredStep')}）` : s.name })),
  }));
  const participantOptions = participantGroups(detail, operators).map((g) => ({
    label: t(`participantKind.${g.kind}`),
    title: t(`participantKind.${g.kind}`),
    options: g.people.map((p) => ({ value: encodeParticipant(p), label: p.name })),
  }));

  function handleStepChange(stepId: string | null | undefined) {
    const step = detail.steps.find((s) => s.stepId === stepId);
    if (step) form.setFieldValue('stage', step.stage);
  }

  function setFile(uid: string, patch: Partial<UploadFile>) {
    setFiles((list) => list.map((f) => (f.uid === uid ? { ...f, ...patch } : f)));
  }

  async function uploadAll(activityId: string): Promise<number> {
    let failed = 0;
    for (const file of files) {
      const raw = file.originFileObj;
      if (!raw || file.status === 'done') continue;
      setFile(file.uid, { status: 'uploading', percent: 0 });
      try {
        const base64 = await readFileAsBase64(raw, (percent) => setFile(file.uid, { percent }));
        setFile(file.uid, { percent: 60 });
        await addAttachment(activityId, { name: file.name, type: raw.type, base64 });
        setFile(file.uid, { status: 'done', percent: 100 });
      } catch (e) {
        failed += 1;
        setFile(file.uid, { status: 'error', response: pick(toAppError(e).message, language) });
      }
    }
    return failed;
  }

  async function handleFinish(values: ActivityValues) {
    setSaving(true);
    setError(null);
    const input = {
      stepId: values.stepId ?? null,
      stage: values.stage,
      occurredAt: values.occurredAt.toISOString(),
      place: values.place?.trim() || null,
      participants: values.participants.map(decodeParticipant).filter((p) => p.name !== ''),
      description: values.description?.trim() ?? '',
      result: values.result?.trim() || null,
    };
    try {
      let activityId: string;
      if (activity) {
        await updateActivity({ id: activity.id, ...input });
        activityId = activity.id;
      } else {
        activityId = await createActivity(input);
      }
      const failed = await uploadAll(activityId);
      if (failed > 0) {
        // The activity is saved; keep the drawer open on the files that did not make it.
        void message.warning(t('activity.uploadFailed', { count: failed }));
        return;
      }
      void message.success(activity ? t('activity.updated') : t('activity.created'));
      onClose();
    } catch (e) {
      const appError = toAppError(e);
      setError(appError);
      form.setFields(
        (appError.fields ?? [])
          .filter((f) => ['stepId', 'stage', 'occurredAt', 'place', 'participants', 'description', 'result'].includes(f.path))
          .map((f) => ({ name: f.path as keyof ActivityValues, errors: [pick(f.message, language)] })),
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={560}
      title={activity ? t('activity.editTitle') : t('activity.newTitle')}
      aria-label={activity ? t('activity.editTitle') : t('activity.newTitle')}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="activity-submit">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<ActivityValues> form={form} layout="vertical" name="activity" onFinish={(values) => void handleFinish(values)}>
        <Form.Item name="stepId" label={t('activity.step')}>
          <Select allowClear options={stepOptions} onChange={handleStepChange} placeholder={t('activity.noStep')} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="stage" label={t('activity.stage')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Select
              options={STAGES.slice(0, STAGES.indexOf(detail.stage) + 1).map((s) => ({ value: s, label: t(`stage.${s}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="occurredAt"
            label={t('activity.occurredAt')}
            rules={[{ required: true, message: t('activity.occurredAtRequired') }]}
            style={{ flex: 1.4 }}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </Flex>
        <Form.Item name="place" label={t('activity.place')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="participants" label={t('activity.participants')} extra={t('activity.participantsHint')}>
          <Select mode="tags" options={participantOptions} tokenSeparators={['，', ',', '、']} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('activity.description')}
          rules={[{ required: true, whitespace: true, message: t('activity.descriptionRequired') }, { max: 8000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Form.Item name="result" label={t('activity.result')} rules={[{ max: 4000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={t('activity.attachments')} extra={t('activity.attachmentsHint', { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 })}>
          <Upload
            multiple
            fileList={files}
            beforeUpload={(file) => {
              if (file.size > MAX_ATTACHMENT_BYTES) {
                void message.error(t('activity.tooLarge', { name: file.name }));
                return Upload.LIST_IGNORE;
              }
              return false;
            }}
            onChange={({ fileList }) => setFiles(fileList)}
          >
            <Button icon={<PaperClipOutlined />}>{t('activity.addFiles')}</Button>
          </Upload>
        </Form.Item>
        {error && !error.fields ? <ErrorAlert error={error} /> : null}
      </Form>
    </Drawer>
  );
}
