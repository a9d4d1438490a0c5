import { useState } from 'react';
import { Alert, App, Button, Dropdown, Flex, Progress, Space, Typography } from 'antd';
import { CalendarOutlined, DownOutlined, FileTextOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SavedFiles } from '../../../../../electron/contract/schemas/meetings';
import type { AppError } from '../../../../../electron/contract/result';
import { useAppStore, useMeetingDetailStore } from '../../../stores/stores';
import type { DocumentChannel, DocumentFormat } from '../../../stores/meeting-detail-store';
import { pick, toAppError } from '../../../lib/app-error';
import { saveExport } from '../../../lib/save-export';

const BOTH: DocumentFormat[] = ['docx', 'pdf'];

interface Outcome {
  channel: DocumentChannel;
  saved: SavedFiles;
}

interface Failure {
  channel: DocumentChannel;
  formats: DocumentFormat[];
  error: AppError;
}

/**
 * The meeting's documents: the calendar invitation (.ics), the meeting pack and the minutes, as
 * DOCX and PDF. The app writes them to a folder the user picks (the paths are listed); browser
 * mode gets the files back and downloads them. A progress bar follows the core's job.progress.
 */
export function DocumentActions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const job = useMeetingDetailStore((s) => s.job);
  const buildDocuments = useMeetingDetailStore((s) => s.buildDocuments);
  const cancelDocuments = useMeetingDetailStore((s) => s.cancelDocuments);
  const invitation = useMeetingDetailStore((s) => s.invitation);
  const [inviting, setInviting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function handleInvitation() {
    setInviting(true);
    try {
      const file = await invitation();
      saveExport(file);
      void message.success(t('meetings.documents.invitationSaved', { file: file.fileName }));
    } catch (error) {
      void message.error(pick(toAppError(error).message, language));
    } finally {
      setInviting(false);
    }
  }

  async function handleBuild(channel: DocumentChannel, formats: DocumentFormat[]) {
    setOutcome(null);
    setFailure(null);
    try {
      const saved = await buildDocuments(channel, formats);
      if (saved.cancelled) {
        void message.info(t('meetings.documents.pickCancelled'));
        return;
      }
      for (const file of saved.files) saveExport(file);
      setOutcome({ channel, saved });
    } catch (error) {
      const appError = toAppError(error);
      // Cancelling is the user's choice, not a failure: nothing was made, and that is all to say.
      if (appError.code === 'CANCELLED') void message.info(pick(appError.message, language));
      else setFailure({ channel, formats, error: appError });
    }
  }

  const busy = job !== null;
  const formatMenu = (channel: DocumentChannel) => ({
    items: [
      { key: 'both', label: t('meetings.documents.both') },
      { key: 'docx', label: t('meetings.documents.docxOnly') },
      { key: 'pdf', label: t('meetings.documents.pdfOnly') },
    ],
    onClick: ({ key }: { key: string }) => void handleBuild(channel, key === 'both' ? BOTH : [key as DocumentFormat]),
  });

  function documentButton(channel: DocumentChannel, label: string, testId: string) {
    return (
      <Space.Compact>
        <Button icon={<FileTextOutlined />} loading={job?.channel === channel} disabled={busy} onClick={() => void handleBuild(channel, BOTH)} data-testid={testId}>
          {label}
        </Button>
        <Dropdown menu={formatMenu(channel)} trigger={['click']} disabled={busy}>
          <Button icon={<DownOutlined />} aria-label={`${label} ${t('meetings.documents.formats')}`} data-testid={`${testId}-formats`} />
        </Dropdown>
      </Space.Compact>
    );
  }

  return (
    <Flex vertical gap={8} align="flex-start" className="adr-document-actions">
      <Space wrap>
        <Button icon={<CalendarOutlined />} loading={inviting} onClick={() => void handleInvitation()} data-testid="meeting-ics">
          {t('meetings.documents.invitation')}
        </Button>
        {documentButton('meetings.pack', t('meetings.documents.pack'), 'meeting-pack')}
        {documentButton('meetings.minutesExport', t('meetings.documents.minutesExport'), 'meeting-minutes-export')}
      </Space>
      {job ? (
        <Flex vertical className="adr-document-progress" data-testid="document-progress">
          <Flex gap={8} align="center">
            <Progress percent={job.percent} size="small" status="active" style={{ flex: 1, margin: 0 }} />
            <Button size="small" onClick={() => void cancelDocuments()} data-testid="document-cancel">
              {t('common.cancel')}
            </Button>
          </Flex>
          <Typography.Text type="secondary">{job.label ? pick(job.label, language) : t('meetings.documents.building')}</Typography.Text>
        </Flex>
      ) : null}
      {outcome ? (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setOutcome(null) }}
          className="adr-document-outcome"
          data-testid="document-outcome"
          title={
            outcome.saved.paths.length > 0
              ? t('meetings.documents.savedTo', { folder: outcome.saved.folder ?? '' })
              : t('meetings.documents.savedFiles', { count: outcome.saved.files.length })
          }
          description={
            <ul className="adr-file-list">
              {(outcome.saved.paths.length > 0 ? outcome.saved.paths : outcome.saved.files.map((f) => f.fileName)).map((name) => (
                <li key={name}>
                  <FolderOpenOutlined /> {name}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {failure ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setFailure(null) }}
          className="adr-document-outcome"
          data-testid="document-error"
          title={pick(failure.error.message, language)}
          action={
            // Without a Chromium there is no PDF; the editable DOCX can still be made.
            failure.error.code === 'PDF_UNAVAILABLE' && failure.formats.includes('docx') ? (
              <Button size="small" onClick={() => void handleBuild(failure.channel, ['docx'])} data-testid="document-docx-instead">
                {t('meetings.documents.docxInstead')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
    </Flex>
  );
}
