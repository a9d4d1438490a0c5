import { useEffect, useState } from 'react';
import { Breadcrumb, Flex, Tabs } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMeetingDetailStore } from '../../stores/stores';
import { DetailPlaceholder } from '../../components/DetailPlaceholder';
import { chinaWall } from './china-time';
import { MeetingHeader } from './detail/MeetingHeader';
import { AgendaTab } from './detail/AgendaTab';
import { InviteesTab } from './detail/InviteesTab';
import { MinutesTab } from './detail/MinutesTab';
import { CarriedOverTab } from './detail/CarriedOverTab';
import { MeetingFormModal, type MeetingFormTarget } from './form/MeetingFormModal';
import './meetings.css';

const TABS = ['agenda', 'invitees', 'minutes', 'carried'] as const;
type TabKey = (typeof TABS)[number];

function isTab(value: string | null): value is TabKey {
  return (TABS as readonly (string | null)[]).includes(value);
}

/** One meeting: header with status and documents, then its agenda, invitees, minutes and carry-overs. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab');
  const activeTab: TabKey = isTab(tab) ? tab : 'agenda';
  const detail = useMeetingDetailStore((s) => (s.meetingId === id ? s.detail : null));
  const error = useMeetingDetailStore((s) => s.error);
  const load = useMeetingDetailStore((s) => s.load);
  const watch = useMeetingDetailStore((s) => s.watch);
  const [editing, setEditing] = useState<MeetingFormTarget | null>(null);

  useEffect(() => {
    void load(id);
  }, [id, load]);
  useEffect(() => watch(), [watch]);

  let body;
  if (!detail) {
    body = (
      <DetailPlaceholder error={error} notFoundTitle={t('meetings.detail.notFound')} backLabel={t('meetings.detail.backToList')} backTo="/meetings" onRetry={() => void load(id)} />
    );
  } else {
    body = (
      <Flex vertical gap={12}>
        <MeetingHeader detail={detail} onEdit={() => setEditing({ detail })} />
        <Tabs
          activeKey={activeTab}
          onChange={(key) => setParams(key === 'agenda' ? {} : { tab: key }, { replace: true })}
          items={[
            { key: 'agenda', label: t('meetings.detail.tabAgenda', { count: detail.agenda.length }), children: <AgendaTab detail={detail} /> },
            { key: 'invitees', label: t('meetings.detail.tabInvitees', { count: detail.invitees.length }), children: <InviteesTab detail={detail} /> },
            { key: 'minutes', label: t('meetings.detail.tabMinutes'), children: <MinutesTab detail={detail} /> },
            { key: 'carried', label: t('meetings.detail.tabCarried', { count: detail.carriedOver.length }), children: <CarriedOverTab detail={detail} /> },
          ]}
        />
        <MeetingFormModal target={editing} onClose={() => setEditing(null)} />
      </Flex>
    );
  }

  // Back to the calendar at the meeting's own week.
  const calendarLink = detail ? `/meetings?view=timeGridWeek&date=${chinaWall(detail.startsAt).slice(0, 10)}` : '/meetings';
  return (
    <div data-testid="page-meeting">
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to={calendarLink}>{t('nav.meetings')}</Link> }, { title: detail?.title ?? '…' }]} />
      {body}
    </div>
  );
}
