import { Card, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import { RESOLVED_OUTCOMES } from '../../../../electron/contract/schemas/cases';
import { StageSteps } from './StageSteps';
import { CaseActions } from './CaseActions';
import { ClockStrip } from './ClockStrip';
import { UnsyncedTag } from '../exchange/UnsyncedTag';

/** Case number, title, status, the stage path and what can be done next. */
export function CaseHeader({ detail, onLogActivity }: { detail: CaseDetail; onLogActivity: () => void }) {
  const { t } = useTranslation();
  const outcome = detail.outcome;
  return (
    <Card size="small">
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div style={{ minWidth: 0, flex: '1 1 420px' }}>
            <Space size={8} wrap>
              <Typography.Text strong copyable data-testid="case-number" style={{ fontSize: 15 }}>
                {detail.caseNumber}
              </Typography.Text>
              <Tag color={detail.status === 'open' ? 'processing' : 'default'} data-testid="case-status">
                {t(`caseStatus.${detail.status}`)}
              </Tag>
              <Tag>{t(`complexity.${detail.complexity}`)}</Tag>
              <Tag>{t(`source.${detail.source}`)}</Tag>
              {outcome ? (
                <Tag
                  color={RESOLVED_OUTCOMES.includes(outcome) ? 'success' : outcome === 'terminated' ? 'default' : 'error'}
                  data-testid="case-outcome"
                >
                  {t(`outcome.${outcome}`)}
                </Tag>
              ) : null}
              {detail.courtFilingNumber ? (
                <Tag color="geekblue" data-testid="case-filing-number">
                  {t('court.filing', { number: detail.courtFilingNumber })}
                </Tag>
              ) : null}
              {detail.unsynced ? <UnsyncedTag /> : null}
            </Space>
            <Typography.Title level={4} style={{ margin: '4px 0 0' }} ellipsis={{ tooltip: detail.title }}>
              {detail.title}
            </Typography.Title>
          </div>
          <CaseActions detail={detail} onLogActivity={onLogActivity} />
        </Flex>
        <StageSteps stage={detail.stage} history={detail.history} />
        <ClockStrip clocks={detail.clocks} />
      </Flex>
    </Card>
  );
}
