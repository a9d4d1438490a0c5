import { useEffect, useState } from 'react';
import { Breadcrumb, Flex, Tabs } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCaseDetailStore } from '../../stores/stores';
import { DetailPlaceholder } from '../../components/DetailPlaceholder';
import { CaseHeader } from './CaseHeader';
import { CaseInfoTab } from './CaseInfoTab';
import { TimelineTab } from './TimelineTab';
import { ClocksTab } from './ClocksTab';
import { HistoryTab } from './HistoryTab';
import { TasksTab } from './TasksTab';
import { CaseFlowchartTab } from './CaseFlowchartTab';
import { ActivityDrawer } from './ActivityDrawer';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';

type Activity = CaseDetail['activities'][number];

const TABS = ['timeline', 'info', 'clocks', 'tasks', 'flowchart', 'history'] as const;
type TabKey = (typeof TABS)[number];

function isTab(value: string | null): value is TabKey {
  return (TABS as readonly (string | null)[]).includes(value);
}

/** One case: header with stage and actions, then its timeline, details, clocks and history. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab');
  const activeTab: TabKey = isTab(tab) ? tab : 'timeline';
  const detail = useCaseDetailStore((s) => (s.caseId === id ? s.detail : null));
  const error = useCaseDetailStore((s) => s.error);
  const load = useCaseDetailStore((s) => s.load);
  const watch = useCaseDetailStore((s) => s.watch);
  // One activity drawer for the page: null activity = a new one, otherwise the one being edited.
  const [drawer, setDrawer] = useState<{ activity: Activity | null } | null>(null);

  useEffect(() => {
    void load(id);
  }, [id, load]);
  useEffect(() => watch(), [watch]);

  let body;
  if (!detail) {
    body = (
      <DetailPlaceholder error={error} notFoundTitle={t('case.notFound')} backLabel={t('case.backToList')} backTo="/cases" onRetry={() => void load(id)} />
    );
  } else {
    body = (
      <Flex vertical gap={12}>
        <CaseHeader detail={detail} onLogActivity={() => setDrawer({ activity: null })} />
        <Tabs
          activeKey={activeTab}
          onChange={(key) => setParams(key === 'timeline' ? {} : { tab: key }, { replace: true })}
          items={[
            { key: 'timeline', label: t('case.tabTimeline'), children: <TimelineTab detail={detail} onEdit={(activity) => setDrawer({ activity })} /> },
            { key: 'info', label: t('case.tabInfo'), children: <CaseInfoTab detail={detail} /> },
            { key: 'clocks', label: t('case.tabClocks'), children: <ClocksTab detail={detail} /> },
            { key: 'tasks', label: t('tasks.caseTab'), children: <TasksTab detail={detail} /> },
            // Drawn only while shown: the drawing follows every change to the case, and a hidden tab need not.
            { key: 'flowchart', label: t('reports.flowchart.caseTab'), children: <CaseFlowchartTab detail={detail} />, destroyOnHidden: true },
            { key: 'history', label: t('case.tabHistory'), children: <HistoryTab detail={detail} /> },
          ]}
        />
        <ActivityDrawer detail={detail} activity={drawer?.activity ?? null} open={drawer !== null} onClose={() => setDrawer(null)} />
      </Flex>
    );
  }

  return (
    <div data-testid="page-case">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/cases">{t('nav.cases')}</Link> }, { title: detail?.caseNumber ?? '…' }]}
      />
      {body}
    </div>
  );
}
