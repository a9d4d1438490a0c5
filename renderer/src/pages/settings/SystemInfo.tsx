import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../electron/contract/schemas/app';

/** Versions and where the data is, so support can find the file. Paths are copyable. */
export function SystemInfo({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('settings.system')}>
      <Descriptions
        size="small"
        bordered
        column={1}
        styles={{ label: { width: 200 } }}
        items={[
          { key: 'appVersion', label: t('settings.appVersion'), children: info.appVersion },
          { key: 'schemaVersion', label: t('settings.schemaVersion'), children: info.schemaVersion },
          { key: 'mode', label: t('settings.mode'), children: t(`mode.${info.mode}`) },
          {
            key: 'databasePath',
            label: t('settings.databasePath'),
            children: <Typography.Text copyable>{info.databasePath}</Typography.Text>,
          },
          {
            key: 'dataDir',
            label: t('settings.dataDir'),
            children: info.dataDir ? (
              <Typography.Text copyable>{info.dataDir}</Typography.Text>
            ) : (
              t('settings.noDataDir')
            ),
          },
        ]}
      />
    </Card>
  );
}
