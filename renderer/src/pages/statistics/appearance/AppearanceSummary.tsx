import { Card, Flex, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatRate, rateColor } from '../rate';

interface Totals {
  hearings: number;
  headAppearances: number;
  rate: number | null;
  belowTarget: boolean;
}

/** Hearings, head appearances and the rate as a big number against the 70% target (red below it). */
export function AppearanceSummary({ totals, target }: { totals: Totals; target: number }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={12}>
      <Card size="small" style={{ flex: '1 1 160px' }} data-testid="appearance-hearings">
        <Statistic title={t('linkage.appearance.hearings')} value={totals.hearings} />
      </Card>
      <Card size="small" style={{ flex: '1 1 160px' }} data-testid="appearance-heads">
        <Statistic title={t('linkage.appearance.headAppearances')} value={totals.headAppearances} />
      </Card>
      <Card size="small" style={{ flex: '2 1 260px' }} data-testid="appearance-rate">
        <Statistic
          title={t('linkage.appearance.rate')}
          value={formatRate(totals.rate)}
          styles={{ content: { color: rateColor(totals.rate, totals.belowTarget), fontSize: 32, fontWeight: 600 } }}
          suffix={
            <Flex gap={8} align="center" style={{ marginInlineStart: 12 }}>
              <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                {t('linkage.rate.target', { target: formatRate(target) })}
              </Typography.Text>
              {totals.rate === null ? (
                <Tag>{t('linkage.appearance.rateEmpty')}</Tag>
              ) : totals.belowTarget ? (
                <Tag color="red">{t('linkage.rate.belowTarget')}</Tag>
              ) : (
                <Tag color="green">{t('linkage.rate.meetsTarget')}</Tag>
              )}
            </Flex>
          }
        />
      </Card>
    </Flex>
  );
}
