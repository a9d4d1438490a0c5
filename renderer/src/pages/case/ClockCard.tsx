import { Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { FieldTimeOutlined, PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ClockView } from '../../../../electron/contract/schemas/cases';
import { clockColor, clockTitle, daysLeftText, isRunning } from './clock-display';
import type { ClockAction } from './ClockActionModal';

/** One legal clock: its limit, due date, days left, adjustments and what can be done to it. */
export function ClockCard({ clock, onAction }: { clock: ClockView; onAction: (kind: ClockAction) => void }) {
  const { t } = useTranslation();
  const running = isRunning(clock.state);
  return (
    <Card
      size="small"
      data-testid={`clock-card-${clock.kind}`}
      title={
        <Space size={8}>
          <span>{clockTitle(t, clock)}</span>
          <Tag color={clockColor(clock.state)}>{daysLeftText(t, clock)}</Tag>
        </Space>
      }
      extra={
        running ? (
          <Space size={4}>
            {clock.state === 'suspended' ? (
              <Button size="small" icon={<PlayCircleOutlined />} onClick={() => onAction('resume')}>
                {t('clock.resume')}
              </Button>
            ) : (
              <Button size="small" icon={<PauseCircleOutlined />} onClick={() => onAction('suspend')}>
                {t('clock.suspend')}
              </Button>
            )}
            <Button size="small" icon={<FieldTimeOutlined />} onClick={() => onAction('extend')}>
              {t('clock.extend')}
            </Button>
          </Space>
        ) : null
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'limit', label: t('clock.limit'), children: t('clock.limitDays', { count: clock.limitDays }) },
          { key: 'trigger', label: t('clock.triggerOn'), children: clock.triggerOn },
          { key: 'due', label: t('clock.due'), children: <Typography.Text strong>{clock.dueOn}</Typography.Text> },
          { key: 'state', label: t('clock.state'), children: t(`clockState.${clock.state}`) },
          ...(clock.completedOn ? [{ key: 'completed', label: t('clock.completedOn'), children: clock.completedOn }] : []),
        ]}
      />
      {clock.adjustments.length > 0 ? (
        <Flex vertical gap={4} style={{ marginTop: 8 }} data-testid="clock-adjustments">
          <Typography.Text type="secondary">{t('clock.adjustments')}</Typography.Text>
          {clock.adjustments.map((a) => (
            <Flex key={a.id} gap={8} wrap align="center">
              <Tag color={a.kind === 'suspension' ? 'default' : 'purple'}>{t(`clock.adjustment.${a.kind}`)}</Tag>
              <span>
                {a.kind === 'suspension'
                  ? t('clock.suspensionRange', { from: a.fromOn, to: a.toOn ?? t('clock.ongoing') })
                  : t('clock.extensionDays', { count: a.extraDays ?? 0, from: a.fromOn })}
              </span>
              <Typography.Text type="secondary">{a.reason}</Typography.Text>
            </Flex>
          ))}
        </Flex>
      ) : null}
    </Card>
  );
}
