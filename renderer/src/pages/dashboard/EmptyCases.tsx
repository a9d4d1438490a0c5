import { App, Button, Card, Empty, Typography } from 'antd';
import { DatabaseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAppStore, useDashboardStore } from '../../stores/stores';
import { pick, toAppError } from '../../lib/app-error';

/** No cases yet: say so, and offer the demo data. */
export function EmptyCases() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const loadDemo = useDashboardStore((s) => s.loadDemo);
  const demoLoading = useDashboardStore((s) => s.demoLoading);

  async function handleLoadDemo() {
    try {
      const counts = await loadDemo();
      void message.success(t('dashboard.demoLoaded', counts));
    } catch (error) {
      void message.error(pick(toAppError(error).message, language));
    }
  }

  return (
    <Card size="small" data-testid="dashboard-empty">
      <Empty
        description={
          <>
            <Typography.Title level={5}>{t('dashboard.emptyTitle')}</Typography.Title>
            <Typography.Text type="secondary">{t('dashboard.emptyHint')}</Typography.Text>
          </>
        }
      >
        <Button type="primary" icon={<DatabaseOutlined />} loading={demoLoading} onClick={() => void handleLoadDemo()}>
          {t('dashboard.loadDemo')}
        </Button>
      </Empty>
    </Card>
  );
}
