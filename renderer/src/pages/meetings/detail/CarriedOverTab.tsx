import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../../electron/contract/schemas/meetings';
import { ActionItemsTable } from './ActionItemsTable';

/** 遗留事项: action items still open from earlier meetings of the series (they go into the pack). */
export function CarriedOverTab({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{detail.seriesId ? t('meetings.carried.hint') : t('meetings.carried.noSeries')}</Typography.Text>
      {detail.seriesId ? <ActionItemsTable items={detail.carriedOver} testId="carried-over" /> : null}
    </Flex>
  );
}
