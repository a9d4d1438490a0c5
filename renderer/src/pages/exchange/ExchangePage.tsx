import { useEffect } from 'react';
import { Flex, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCourtStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExchangeSummary } from './ExchangeSummary';
import { BatchesTab } from './BatchesTab';
import { ImportsTab } from './ImportsTab';
import { VerifyTab } from './VerifyTab';
import { KeyTab } from './KeyTab';

const TABS = ['batches', 'imports', 'verify', 'key'] as const;
type Tab = (typeof TABS)[number];

/**
 * 导出与同步: the signed packages sent to the court (batches), the court's referral lists and
 * receipts (imports), checking a package, and the center's signing key. The tab lives in the
 * address, so a reload shows the same one.
 */
export function ExchangePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const load = useCourtStore((s) => s.load);
  const loadKey = useCourtStore((s) => s.loadKey);
  const watch = useCourtStore((s) => s.watch);
  const error = useCourtStore((s) => s.error);

  useEffect(() => {
    void load();
    void loadKey();
    return watch();
  }, [load, loadKey, watch]);

  const tabParam = params.get('tab');
  const tab: Tab = (TABS as readonly (string | null)[]).includes(tabParam) ? (tabParam as Tab) : 'batches';

  function handleTab(next: string) {
    const search = new URLSearchParams(params);
    if (next === 'batches') search.delete('tab');
    else search.set('tab', next);
    setParams(search, { replace: true });
  }

  return (
    <Flex vertical gap={12} data-testid="page-exchange">
      <Flex align="center" justify="space-between" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('court.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('court.pageHint')}</Typography.Text>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={() => void load()} retryLabel={t('app.retry')} /> : null}
      <ExchangeSummary />
      <Tabs
        activeKey={tab}
        onChange={handleTab}
        items={[
          { key: 'batches', label: t('court.tabs.batches'), children: <BatchesTab /> },
          { key: 'imports', label: t('court.tabs.imports'), children: <ImportsTab /> },
          { key: 'verify', label: t('court.tabs.verify'), children: <VerifyTab /> },
          { key: 'key', label: t('court.tabs.key'), children: <KeyTab /> },
        ]}
      />
    </Flex>
  );
}
