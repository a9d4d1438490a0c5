import { Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../electron/contract/schemas/dashboard';

const KEYS = ['totalCases', 'openCases', 'openTasks', 'upcomingMeetings', 'agencies'] as const;

/** Five headline numbers in one row (they wrap on narrow windows). */
export function StatCards({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={12}>
      {KEYS.map((key) => (
        <Card key={key} size="small" style={{ flex: '1 1 160px' }} data-testid={`stat-${key}`}>
          <Statistic title={t(`dashboard.${key}`)} value={summary[key]} />
        </Card>
      ))}
    </Flex>
  );
}
