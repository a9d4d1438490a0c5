import { App, Button, Flex, Space, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, EnvironmentOutlined, PaperClipOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import { useAppStore, useCaseDetailStore } from '../../stores/stores';
import { pick, toAppError } from '../../lib/app-error';
import { downloadDataUrl } from '../../lib/file-base64';
import { formatDateTime } from '../../lib/format';

type Activity = CaseDetail['activities'][number];

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One logged activity: when, where, who, what was done and the result, with its files. */
export function ActivityItem({ activity, onEdit, onDelete }: { activity: Activity; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const openAttachment = useCaseDetailStore((s) => s.openAttachment);

  async function handleOpen(id: string) {
    try {
      const result = await openAttachment(id);
      // Electron opened it with the system viewer; browser mode gets the bytes to save.
      if (result.dataUrl) downloadDataUrl(result.dataUrl, result.fileName);
      else if (!result.opened) void message.warning(t('activity.cannotOpen', { name: result.fileName }));
    } catch (e) {
      void message.error(pick(toAppError(e).message, language));
    }
  }

  return (
    <div
      data-testid={`activity-${activity.id}`}
      style={{ background: 'rgba(0,0,0,0.02)', border: '1px solid rgba(5,5,5,0.06)', borderRadius: 6, padding: '6px 10px' }}
    >
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Space size={12} wrap style={{ fontSize: 12 }}>
          <Typography.Text type="secondary">{formatDateTime(activity.occurredAt)}</Typography.Text>
          {activity.place ? (
            <Typography.Text type="secondary">
              <EnvironmentOutlined /> {activity.place}
            </Typography.Text>
          ) : null}
          {activity.participants.length > 0 ? (
            <Typography.Text type="secondary">
              <TeamOutlined /> {activity.participants.map((p) => p.name).join('、')}
            </Typography.Text>
          ) : null}
          {activity.operatorName ? <Typography.Text type="secondary">{t('activity.by', { name: activity.operatorName })}</Typography.Text> : null}
        </Space>
        <Space size={0}>
          <Tooltip title={t('common.edit')}>
            <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={onEdit} />
          </Tooltip>
          <Tooltip title={t('common.delete')}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={onDelete} />
          </Tooltip>
        </Space>
      </Flex>
      <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>{activity.description}</Typography.Paragraph>
      {activity.result ? (
        <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>
          <Typography.Text type="secondary">{t('activity.result')}{t('common.colon')}</Typography.Text>
          {activity.result}
        </Typography.Paragraph>
      ) : null}
      {activity.attachments.length > 0 ? (
        <Flex gap={4} wrap style={{ marginTop: 4 }}>
          {activity.attachments.map((file) => (
            <Tag key={file.id} icon={<PaperClipOutlined />} style={{ cursor: 'pointer' }} onClick={() => void handleOpen(file.id)}>
              {file.fileName} <Typography.Text type="secondary" style={{ fontSize: 11 }}>({fileSize(file.sizeBytes)})</Typography.Text>
            </Tag>
          ))}
        </Flex>
      ) : null}
    </div>
  );
}
