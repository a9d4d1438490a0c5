import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingKind, MeetingStatus } from '../../../../electron/contract/schemas/meetings';

/**
 * One colour per kind, the same in the calendar, the legend and the tags, so a secretary sees at
 * a glance which week holds the plenary. antd preset colours, dark enough for white text.
 */
export const KIND_COLOR: Record<MeetingKind, string> = {
  plenary: '#cf1322',
  joint: '#531dab',
  analysis: '#1677ff',
  coordination: '#d46b08',
  resolution: '#08979c',
};

const STATUS_COLOR: Record<MeetingStatus, string> = {
  draft: 'default',
  scheduled: 'processing',
  held: 'success',
  cancelled: 'error',
};

export function MeetingKindTag({ kind }: { kind: MeetingKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLOR[kind]} data-testid="meeting-kind">
      {t(`meetings.kind.${kind}`)}
    </Tag>
  );
}

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="meeting-status">
      {t(`meetings.status.${status}`)}
    </Tag>
  );
}
