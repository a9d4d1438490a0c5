import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../electron/contract/schemas/app';

/** The center and the acting operator, as first-run setup recorded them. */
export function CenterInfo({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const { center, operator } = info;
  return (
    <Card size="small" title={t('settings.center')}>
      <Descriptions
        size="small"
        bordered
        column={1}
        styles={{ label: { width: 200 } }}
        items={[
          { key: 'name', label: t('settings.centerName'), children: center?.name ?? '—' },
          { key: 'level', label: t('settings.level'), children: center ? t(`level.${center.level}`) : '—' },
          { key: 'court', label: t('settings.courtName'), children: center?.courtName ?? '—' },
          {
            key: 'operator',
            label: t('settings.operator'),
            children: operator ? `${operator.name}（${t(`role.${operator.role}`)}）` : '—',
          },
        ]}
      />
    </Card>
  );
}
