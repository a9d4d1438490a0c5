import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuarterlyEntry } from '../../../../../electron/contract/schemas/linkage';
import { useAppStore } from '../../../stores/stores';
import { pick } from '../../../lib/app-error';
import { formatRate } from '../rate';
import { RectificationForm } from './RectificationForm';

/** One named agency: why it is named (in the UI language), its figures, and its feedback. */
export function NamedAgencyCard({ entry, index }: { entry: QuarterlyEntry; index: number }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const answered = !!entry.rectification;
  // Only the figures that say something: an agency named for overdue tasks may have had no hearing.
  const figures = [
    entry.hearings > 0
      ? t('linkage.quarterly.figuresHearings', { hearings: entry.hearings, heads: entry.headAppearances, rate: formatRate(entry.rate) })
      : null,
    entry.overdueTasks > 0 ? t('linkage.quarterly.figuresTasks', { count: entry.overdueTasks }) : null,
  ].filter((f): f is string => f !== null);
  return (
    <Card
      size="small"
      data-testid={`named-${entry.agencyId}`}
      title={
        <Flex gap={8} align="center" wrap>
          <span>
            {index + 1}. {entry.agencyName}
          </span>
          {entry.reasons.map((r) => (
            <Tag key={r.kind} color={r.kind === 'below_target' ? 'red' : 'orange'} style={{ marginInlineEnd: 0 }}>
              {t(`linkage.quarterly.reasonKinds.${r.kind}`)}
            </Tag>
          ))}
        </Flex>
      }
      extra={<Tag color={answered ? 'green' : 'default'}>{answered ? t('linkage.quarterly.rectificationDone') : t('linkage.quarterly.rectificationPending')}</Tag>}
    >
      <Flex vertical gap={4} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('linkage.quarterly.reasons')}
          {t('common.colon')}</Typography.Text>
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="named-reasons">
          {entry.reasons.map((r) => (
            <li key={r.kind}>{pick(r.text, language)}</li>
          ))}
        </ul>
        {figures.length > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {figures.join(language === 'en' ? '; ' : '；')}
          </Typography.Text>
        ) : null}
      </Flex>
      <RectificationForm entry={entry} />
    </Card>
  );
}
