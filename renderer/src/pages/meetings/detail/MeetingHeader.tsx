import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, EditOutlined, ScheduleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail, MeetingStatus } from '../../../../../electron/contract/schemas/meetings';
import type { AppError } from '../../../../../electron/contract/result';
import { useAppStore, useMeetingDetailStore } from '../../../stores/stores';
import { pick, toAppError } from '../../../lib/app-error';
import { chinaNowWall, chinaWall, formatSpan } from '../china-time';
import { MeetingKindTag, MeetingStatusTag } from '../meeting-kind';
import { CancelMeetingModal } from './CancelMeetingModal';
import { DocumentActions } from './DocumentActions';

/**
 * Title, kind, status, time, place, organiser and series, with what can be done to the meeting
 * now: edit, schedule (draft → scheduled), mark held (once started), cancel (with a reason), and
 * its documents.
 */
export function MeetingHeader({ detail, onEdit }: { detail: MeetingDetail; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const language = useAppStore((s) => s.language);
  const setStatus = useMeetingDetailStore((s) => s.setStatus);
  const [busy, setBusy] = useState<MeetingStatus | null>(null);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const [cancelOpen, setCancelOpen] = useState(false);

  const open = detail.status === 'draft' || detail.status === 'scheduled';
  const started = chinaWall(detail.startsAt) <= chinaNowWall();

  async function change(status: MeetingStatus) {
    setBusy(status);
    setRefusal(null);
    try {
      await setStatus(status);
      void message.success(t('meetings.detail.statusChanged', { status: t(`meetings.status.${status}`) }));
    } catch (error) {
      setRefusal(toAppError(error));
    } finally {
      setBusy(null);
    }
  }

  function confirmHeld() {
    modal.confirm({
      title: t('meetings.detail.markHeldConfirm'),
      okText: t('meetings.detail.markHeld'),
      cancelText: t('common.cancel'),
      onOk: () => change('held'),
    });
  }

  return (
    <Card size="small" data-testid="meeting-header">
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Flex align="center" gap={8} wrap className="adr-header-main">
          <Typography.Title level={4} className={`adr-meeting-title adr-meeting-title-${detail.status}`} data-testid="meeting-title">
            {detail.title}
          </Typography.Title>
          <MeetingKindTag kind={detail.kind} />
          <MeetingStatusTag status={detail.status} />
        </Flex>
        <Space wrap>
          {open ? (
            <Button icon={<EditOutlined />} onClick={onEdit} data-testid="meeting-edit">
              {t('meetings.detail.edit')}
            </Button>
          ) : null}
          {detail.status === 'draft' ? (
            <Button type="primary" icon={<ScheduleOutlined />} loading={busy === 'scheduled'} onClick={() => void change('scheduled')} data-testid="meeting-schedule">
              {t('meetings.detail.schedule')}
            </Button>
          ) : null}
          {open && started ? (
            <Button icon={<CheckCircleOutlined />} loading={busy === 'held'} onClick={confirmHeld} data-testid="meeting-held">
              {t('meetings.detail.markHeld')}
            </Button>
          ) : null}
          {open ? (
            <Button danger icon={<CloseCircleOutlined />} onClick={() => setCancelOpen(true)} data-testid="meeting-cancel">
              {t('meetings.detail.cancel')}
            </Button>
          ) : null}
        </Space>
      </Flex>
      <Descriptions
        size="small"
        className="adr-header-facts"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'time', label: t('meetings.detail.time'), children: <span data-testid="meeting-time">{formatSpan(detail.startsAt, detail.endsAt)}</span> },
          { key: 'place', label: t('meetings.detail.place'), children: detail.roomName ?? detail.place ?? '—' },
          { key: 'organiser', label: t('meetings.detail.organiser'), children: detail.organiserName ?? '—' },
          { key: 'series', label: t('meetings.detail.series'), children: detail.seriesName ?? '—' },
          { key: 'sequence', label: t('meetings.detail.sequence'), children: detail.icsSequence },
        ]}
      />
      <DocumentActions />
      {refusal ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setRefusal(null) }}
          title={pick(refusal.message, language)}
          data-testid="action-error"
          className="adr-header-alert"
        />
      ) : null}
      <CancelMeetingModal detail={detail} open={cancelOpen} onClose={() => setCancelOpen(false)} />
    </Card>
  );
}
