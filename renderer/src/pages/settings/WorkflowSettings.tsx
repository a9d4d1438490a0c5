import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, ConfigProvider, Flex, Input, InputNumber, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { STAGES, type Stage } from '../../../../electron/contract/schemas/common';
import type { AppError } from '../../../../electron/contract/result';
import { useAppStore, useWorkflowSettingsStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCan, useRolesWith } from '../auth/use-can';
import { pick, toAppError } from '../../lib/app-error';
import { STEP_KINDS, move, sortByStage, toDraft, toSaveInput, type DraftStep } from './workflow-draft';

let nextKey = 0;

/**
 * 工作流程模板: the steps of each stage. Saving writes a new version; cases keep the version they
 * started with, so editing here never rewrites a running case.
 */
export function WorkflowSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const template = useWorkflowSettingsStore((s) => s.template);
  const loadError = useWorkflowSettingsStore((s) => s.error);
  const load = useWorkflowSettingsStore((s) => s.load);
  const save = useWorkflowSettingsStore((s) => s.save);
  // Read-only for whoever may not save it (the core refuses workflow.admin to them anyway).
  const canEdit = useCan('workflow.admin');
  const editors = useRolesWith('workflow.admin');
  const [name, setName] = useState('');
  const [steps, setSteps] = useState<DraftStep[]>([]);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [addStage, setAddStage] = useState<Stage>('pre');

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (template) {
      setName(template.name);
      setSteps(toDraft(template));
      setDirty(false);
    }
  }, [template]);

  function edit(next: DraftStep[]) {
    setSteps(next);
    setDirty(true);
  }

  function patch(key: string, change: Partial<DraftStep>) {
    edit(sortByStage(steps.map((s) => (s.key === key ? { ...s, ...change } : s))));
  }

  function addStep() {
    nextKey += 1;
    const step: DraftStep = {
      key: `new-${nextKey}`,
      stage: addStage,
      name: '',
      kind: 'record',
      required: false,
      timeLimitDays: null,
      retired: false,
    };
    edit(sortByStage([...steps, step]));
  }

  async function handleSave() {
    if (steps.some((s) => !s.name.trim() || !s.kind.trim()) || !name.trim()) {
      setError({ code: 'VALIDATION', message: { 'zh-CN': t('workflow.fillNames'), en: t('workflow.fillNames') } });
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const saved = await save(toSaveInput(name, steps));
      void message.success(t('workflow.saved', { version: saved.version }));
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setSaving(false);
    }
  }

  function fieldIssues(err: AppError) {
    return (err.fields ?? []).map((f) => {
      const m = /^steps\.(\d+)\./.exec(f.path);
      const row = m ? steps[Number(m[1])] : undefined;
      const where = row ? t('workflow.row', { n: Number(m![1]) + 1, name: row.name }) : f.path;
      return `${where}${t('common.colon')}${pick(f.message, language)}`;
    });
  }

  return (
    <Card
      size="small"
      title={
        <Space>
          <span>{t('workflow.title')}</span>
          {template ? <Tag color="blue" data-testid="workflow-version">{t('workflow.version', { version: template.version })}</Tag> : null}
        </Space>
      }
      extra={
        canEdit ? (
          <Space>
            <Button icon={<UndoOutlined />} disabled={!dirty || saving} onClick={() => template && (setSteps(toDraft(template)), setName(template.name), setDirty(false))}>
              {t('common.revert')}
            </Button>
            <Button type="primary" disabled={!dirty} loading={saving} onClick={() => void handleSave()} data-testid="workflow-save">
              {t('workflow.save')}
            </Button>
          </Space>
        ) : null
      }
    >
      <ConfigProvider componentDisabled={!canEdit}>
        <Flex vertical gap={8}>
          {canEdit ? null : <Alert type="info" showIcon title={t('auth.denied.workflow', { roles: editors })} data-testid="workflow-read-only" />}
          {loadError ? <ErrorAlert error={loadError} onRetry={() => void load()} retryLabel={t('app.retry')} /> : null}
          <Typography.Text type="secondary">{t('workflow.hint')}</Typography.Text>
          <Flex gap={8} align="center">
            <Typography.Text>{t('workflow.name')}</Typography.Text>
            <Input
              style={{ maxWidth: 420 }}
              value={name}
              maxLength={100}
              status={name.trim() ? undefined : 'error'}
              onChange={(e) => {
                setName(e.target.value);
                setDirty(true);
              }}
            />
          </Flex>
          <Table<DraftStep>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={steps}
            scroll={{ y: 420 }}
            data-testid="workflow-steps"
            rowClassName={(r) => (r.retired ? 'adr-retired' : '')}
            columns={[
              {
                title: t('workflow.stage'),
                dataIndex: 'stage',
                width: 112,
                render: (stage: Stage, r) => (
                  <Select
                    size="small"
                    style={{ width: 96 }}
                    value={stage}
                    onChange={(value) => patch(r.key, { stage: value })}
                    options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
                  />
                ),
              },
              {
                title: t('workflow.stepName'),
                dataIndex: 'name',
                render: (value: string, r) => (
                  <Input
                    size="small"
                    value={value}
                    maxLength={60}
                    status={value.trim() ? undefined : 'error'}
                    aria-label={t('workflow.stepName')}
                    onChange={(e) => patch(r.key, { name: e.target.value })}
                  />
                ),
              },
              {
                title: t('workflow.kind'),
                dataIndex: 'kind',
                width: 120,
                render: (value: string, r) => (
                  <Select
                    size="small"
                    style={{ width: 108 }}
                    value={value}
                    onChange={(v: string) => patch(r.key, { kind: v })}
                    // A kind outside the known list (from an imported template) stays selectable as is.
                    options={[...STEP_KINDS, ...((STEP_KINDS as readonly string[]).includes(value) ? [] : [value])].map((k) => ({
                      value: k,
                      label: t(`stepKind.${k}`, { defaultValue: k }),
                    }))}
                  />
                ),
              },
              {
                title: t('workflow.required'),
                dataIndex: 'required',
                width: 64,
                align: 'center',
                render: (value: boolean, r) => <Switch size="small" checked={value} onChange={(v) => patch(r.key, { required: v })} />,
              },
              {
                title: t('workflow.timeLimit'),
                dataIndex: 'timeLimitDays',
                width: 100,
                render: (value: number | null, r) => (
                  <InputNumber
                    size="small"
                    style={{ width: 84 }}
                    min={1}
                    max={3650}
                    precision={0}
                    value={value}
                    placeholder={t('workflow.noLimit')}
                    onChange={(v) => patch(r.key, { timeLimitDays: typeof v === 'number' ? v : null })}
                  />
                ),
              },
              {
                title: t('common.actions'),
                width: 112,
                render: (_, r) => (
                  <Space size={0}>
                    <Tooltip title={t('common.moveUp')}>
                      <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('common.moveUp')} onClick={() => edit(move(steps, r.key, -1))} />
                    </Tooltip>
                    <Tooltip title={t('common.moveDown')}>
                      <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={t('common.moveDown')} onClick={() => edit(move(steps, r.key, 1))} />
                    </Tooltip>
                    {r.code ? (
                      <Tooltip title={r.retired ? t('workflow.restore') : t('workflow.retire')}>
                        <Button
                          size="small"
                          type="text"
                          danger={!r.retired}
                          icon={r.retired ? <UndoOutlined /> : <StopOutlined />}
                          aria-label={r.retired ? t('workflow.restore') : t('workflow.retire')}
                          onClick={() => patch(r.key, { retired: !r.retired })}
                        />
                      </Tooltip>
                    ) : (
                      <Tooltip title={t('common.delete')}>
                        <Button size="small" type="text" danger icon={<StopOutlined />} aria-label={t('common.delete')} onClick={() => edit(steps.filter((s) => s.key !== r.key))} />
                      </Tooltip>
                    )}
                  </Space>
                ),
              },
            ]}
          />
          <Space.Compact style={{ alignSelf: 'flex-start' }}>
            <Select
              style={{ width: 110 }}
              value={addStage}
              onChange={setAddStage}
              options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
              aria-label={t('workflow.stage')}
            />
            <Button icon={<PlusOutlined />} onClick={addStep}>
              {t('workflow.addStep')}
            </Button>
          </Space.Compact>
          {error ? (
            error.fields && error.fields.length > 0 ? (
              <Alert type="error" showIcon title={pick(error.message, language)} description={fieldIssues(error).map((line) => <div key={line}>{line}</div>)} />
            ) : (
              <ErrorAlert error={error} />
            )
          ) : null}
        </Flex>
      </ConfigProvider>
    </Card>
  );
}
