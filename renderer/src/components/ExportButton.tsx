import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Dropdown, Flex, Popover, Progress, Typography, type ButtonProps } from 'antd';
import { CloseOutlined, DownOutlined, ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Input, Output } from '../../../electron/contract/channels';
import type { AppError } from '../../../electron/contract/result';
import { useAppStore, useExportStore } from '../stores/stores';
import { fileOf, type ExportChannel } from '../stores/export-store';
import { pick, toAppError } from '../lib/app-error';
import { saveExport } from '../lib/save-export';

/** One file the control can produce: its menu label and the call's input. */
export interface ExportFormat<C extends ExportChannel> {
  key: string;
  label: string;
  input: Input<C>;
  /** Asks first (an export that costs something, e.g. re-sending everything to the court). */
  confirm?: { title: string; content: ReactNode };
}

export interface ExportButtonProps<C extends ExportChannel> {
  channel: C;
  /** One entry: a plain button. Several: the button opens a menu of formats. */
  formats: ExportFormat<C>[];
  label: ReactNode;
  /** Also names the job, so only this control shows the bar of the export it started. */
  testId: string;
  icon?: ReactNode;
  type?: ButtonProps['type'];
  size?: ButtonProps['size'];
  disabled?: boolean;
  placement?: 'bottomLeft' | 'bottomRight' | 'bottom';
  /** Error codes that are an answer rather than a failure (NOTHING_TO_EXPORT): a neutral note, no error popover. */
  notices?: readonly string[];
  /** Called with the channel's whole answer after the file was saved. */
  onExported?: (output: Output<C>) => void;
}

/**
 * The app's one export control: runs an export channel, shows the core's job.progress for it with
 * a 取消 button (jobs.cancel), saves the file (save-export) and says what happened. A cancel is
 * not an error: it ends with a neutral note. The bar and errors sit in a popover under the button,
 * so a toolbar or a header does not change height while an export runs.
 */
export function ExportButton<C extends ExportChannel>({
  channel,
  formats,
  label,
  testId,
  icon = <ExportOutlined />,
  type,
  size,
  disabled = false,
  placement = 'bottomLeft',
  notices = [],
  onExported,
}: ExportButtonProps<C>) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const language = useAppStore((s) => s.language);
  const job = useExportStore((s) => s.jobs[channel]);
  const run = useExportStore((s) => s.run);
  const cancel = useExportStore((s) => s.cancel);
  const [error, setError] = useState<AppError | null>(null);

  const mine = job?.owner === testId ? job : undefined;

  async function handleExport(format: ExportFormat<C>) {
    setError(null);
    try {
      const output = await run(channel, format.input, testId);
      const file = fileOf(output);
      saveExport(file);
      void message.success(t('reports.export.saved', { file: file.fileName }));
      onExported?.(output);
    } catch (e) {
      const failure = toAppError(e);
      if (failure.code === 'CANCELLED') void message.info(t('reports.export.cancelled'));
      else if (notices.includes(failure.code)) void message.info(pick(failure.message, language));
      else setError(failure);
    }
  }

  function start(format: ExportFormat<C>) {
    if (!format.confirm) {
      void handleExport(format);
      return;
    }
    void modal.confirm({
      title: format.confirm.title,
      content: format.confirm.content,
      okText: t('reports.export.export'),
      cancelText: t('common.cancel'),
      onOk: () => {
        void handleExport(format);
      },
    });
  }

  async function handleCancel() {
    try {
      await cancel(channel);
    } catch (e) {
      setError(toAppError(e));
    }
  }

  const button =
    formats.length === 1 ? (
      <Button
        icon={icon}
        type={type}
        size={size}
        loading={mine !== undefined}
        disabled={disabled || (job !== undefined && mine === undefined)}
        onClick={() => start(formats[0]!)}
        data-testid={testId}
      >
        {label}
      </Button>
    ) : (
      <Dropdown
        trigger={['click']}
        disabled={disabled || job !== undefined}
        menu={{
          items: formats.map((f) => ({ key: f.key, label: <span data-testid={`${testId}-${f.key}`}>{f.label}</span> })),
          onClick: ({ key }) => {
            const format = formats.find((f) => f.key === key);
            if (format) start(format);
          },
        }}
      >
        <Button icon={icon} type={type} size={size} loading={mine !== undefined} disabled={disabled || job !== undefined} data-testid={testId}>
          {label}
          <DownOutlined />
        </Button>
      </Dropdown>
    );

  const content = mine ? (
    <Flex vertical gap={4} style={{ width: 280 }} data-testid={`${testId}-progress`}>
      <Progress percent={mine.percent} size="small" status="active" />
      <Flex justify="space-between" align="center" gap={12}>
        <Typography.Text type="secondary" ellipsis>
          {mine.cancelling ? t('reports.export.cancelling') : mine.label ? pick(mine.label, language) : t('reports.export.running')}
        </Typography.Text>
        <Button size="small" disabled={mine.cancelling} onClick={() => void handleCancel()} data-testid={`${testId}-cancel`}>
          {t('reports.export.cancel')}
        </Button>
      </Flex>
    </Flex>
  ) : error ? (
    <Alert
      type="error"
      showIcon
      style={{ maxWidth: 420 }}
      title={pick(error.message, language)}
      // A plain button rather than the alert's own close: the popover goes with it at once.
      action={
        <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('common.close')} onClick={() => setError(null)} data-testid={`${testId}-dismiss`} />
      }
      data-testid={`${testId}-error`}
    />
  ) : null;

  return (
    <Popover open={content !== null} content={content} placement={placement} trigger={[]} arrow={false} destroyOnHidden>
      <span className="adr-export-button">{button}</span>
    </Popover>
  );
}
