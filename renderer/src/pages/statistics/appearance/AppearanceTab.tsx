import { Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Hearing, LinkageStats } from '../../../../../electron/contract/schemas/linkage';
import { AppearanceSummary } from './AppearanceSummary';
import { AppearanceTable } from './AppearanceTable';
import { AppearanceChart } from './AppearanceChart';
import { HearingList } from './HearingList';

/** 负责人出庭应诉: the rate in total and per agency against the target, and the hearings behind it. */
export function AppearanceTab({ stats, hearings }: { stats: LinkageStats; hearings: Hearing[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} data-testid="tab-appearance">
      <AppearanceSummary totals={stats.appearance} target={stats.target} />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={13}>
          <AppearanceTable rows={stats.appearance.agencies} title={t('linkage.appearance.byAgency')} />
        </Col>
        <Col xs={24} xl={11}>
          <AppearanceChart rows={stats.appearance.agencies} target={stats.target} />
        </Col>
      </Row>
      <HearingList hearings={hearings} />
    </Flex>
  );
}
