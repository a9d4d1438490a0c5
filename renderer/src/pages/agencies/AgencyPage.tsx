import { useEffect, useState } from 'react';
import { Breadcrumb, Flex, Tabs } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAgencyDetailStore } from '../../stores/stores';
import { DetailPlaceholder } from '../../components/DetailPlaceholder';
import { TaskList } from '../tasks/TaskList';
import { AgencyHeader } from './AgencyHeader';
import { AgencyFigures } from './AgencyFigures';
import { ContactsTable } from './ContactsTable';
import { AgencyCases } from './AgencyCases';
import { AgencyFormModal } from './AgencyFormModal';

const TABS = ['contacts', 'tasks', 'cases'] as const;
type TabKey = (typeof TABS)[number];

function isTab(value: string | null): value is TabKey {
  return (TABS as readonly (string | null)[]).includes(value);
}

/** One agency: who it is, how it performs (figures), its contacts, tasks and cases. */
export function AgencyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab');
  const activeTab: TabKey = isTab(tab) ? tab : 'contacts';
  const detail = useAgencyDetailStore((s) => (s.agencyId === id ? s.detail : null));
  const error = useAgencyDetailStore((s) => s.error);
  const load = useAgencyDetailStore((s) => s.load);
  const watch = useAgencyDetailStore((s) => s.watch);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    void load(id);
  }, [id, load]);
  useEffect(() => watch(), [watch]);

  let body;
  if (!detail) {
    body = (
      <DetailPlaceholder error={error} notFoundTitle={t('agencies.view.notFound')} backLabel={t('agencies.view.backToList')} backTo="/agencies" onRetry={() => void load(id)} />
    );
  } else {
    body = (
      <Flex vertical gap={12}>
        <AgencyHeader detail={detail} onEdit={() => setEditing(true)} />
        <AgencyFigures figures={detail.figures} />
        <Tabs
          activeKey={activeTab}
          onChange={(key) => setParams(key === 'contacts' ? {} : { tab: key }, { replace: true })}
          items={[
            {
              key: 'contacts',
              label: t('agencies.view.tabContacts', { count: detail.contacts.length }),
              children: <ContactsTable agencyId={detail.agency.id} contacts={detail.contacts} />,
            },
            {
              key: 'tasks',
              label: t('agencies.view.tabTasks'),
              children: <TaskList scope={{ agencyId: detail.agency.id }} defaultFilter="open" columns="agency" height={420} />,
            },
            {
              key: 'cases',
              label: t('agencies.view.tabCases', { count: detail.cases.length }),
              children: <AgencyCases cases={detail.cases} />,
            },
          ]}
        />
        <AgencyFormModal open={editing} agency={detail.agency} onClose={() => setEditing(false)} />
      </Flex>
    );
  }

  return (
    <div data-testid="page-agency">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/agencies">{t('nav.agencies')}</Link> }, { title: detail?.agency.name ?? '…' }]}
      />
      {body}
    </div>
  );
}
