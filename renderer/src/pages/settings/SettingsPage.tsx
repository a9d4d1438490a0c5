import { useEffect } from 'react';
import { Flex, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/stores';
import { SystemInfo } from './SystemInfo';
import { CenterInfo } from './CenterInfo';
import { AuditCheck } from './AuditCheck';
import { WorkflowSettings } from './WorkflowSettings';
import { WorkflowFlowchart } from './WorkflowFlowchart';
import { CategorySettings } from './CategorySettings';
import { HolidaySettings } from './HolidaySettings';
import { RoomSettings } from './RoomSettings';
import { RetentionSettings } from './RetentionSettings';
import { BackupSettings } from './BackupSettings';
import { AUTH_SETTINGS_TABS, useAuthSettingsTabs } from '../auth/settings-tabs';
import { useCan } from '../auth/use-can';

const TABS = ['system', 'workflow', 'categories', 'holidays', 'rooms', 'retention', 'backups', ...AUTH_SETTINGS_TABS] as const;

/** Who we are and where the data lives; the workflow template, dispute categories, holidays and rooms. */
export function SettingsPage() {
  const { t } = useTranslation();
  const info = useAppStore((s) => s.info);
  const load = useAppStore((s) => s.load);
  const authTabs = useAuthSettingsTabs();
  const canRetain = useCan('retention.admin');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab');
  const active = (TABS as readonly (string | null)[]).includes(tab) ? (tab as string) : 'system';

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div data-testid="page-settings">
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('settings.title')}
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => setParams(key === 'system' ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: 'system',
            label: t('settings.tabSystem'),
            children: (
              <Flex vertical gap={12}>
                {info ? <CenterInfo info={info} /> : null}
                {info ? <SystemInfo info={info} /> : null}
                <AuditCheck />
              </Flex>
            ),
          },
          {
            key: 'workflow',
            label: t('settings.tabWorkflow'),
            // The chart beside the editor on a wide window, below it on a narrow one.
            children: (
              <Flex wrap gap={12} align="flex-start">
                <div style={{ flex: '3 1 640px', minWidth: 0 }}>
                  <WorkflowSettings />
                </div>
                <div style={{ flex: '2 1 380px', minWidth: 0 }}>
                  <WorkflowFlowchart />
                </div>
              </Flex>
            ),
          },
          { key: 'categories', label: t('settings.tabCategories'), children: <CategorySettings /> },
          { key: 'holidays', label: t('settings.tabHolidays'), children: <HolidaySettings /> },
          { key: 'rooms', label: t('meetings.rooms.tab'), children: <RoomSettings /> },
          ...(canRetain ? [{ key: 'retention', label: t('audit.retention.tab'), children: <RetentionSettings /> }] : []),
          { key: 'backups', label: t('backups.tab'), children: <BackupSettings /> },
          ...authTabs,
        ]}
      />
    </div>
  );
}
