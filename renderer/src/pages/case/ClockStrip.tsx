import { Alert, Flex, Tag, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ClockView } from '../../../../electron/contract/schemas/cases';
import { clockColor, clockTitle, daysLeftText, isRunning } from './clock-display';

const HEADLINE_KINDS = ['transfer_to_filing', 'resolution', 'follow_up_visit'] as const;

/** The newest clock of a kind that matters: a running one if any, else the last one. */
function headline(clocks: ClockView[], kind: ClockView['kind']): ClockView | undefined {
  const ofKind = clocks.filter((c) => c.kind === kind && c.state !== 'cancelled');
  return ofKind.findLast((c) => isRunning(c.state)) ?? ofKind.at(-1);
}

/**
 * The case's legal clocks at a glance, always above the tabs. A running 5-day transfer clock (a
 * failed mediation) is a full-width banner: missing it is the costliest mistake in the office.
 */
export function ClockStrip({ clocks }: { clocks: ClockView[] }) {
  const { t } = useTranslation();
  const shown = HEADLINE_KINDS.map((kind) => headline(clocks, kind)).filter((c): c is ClockView => c !== undefined);
  if (shown.length === 0) return null;
  const transfer = shown.find((c) => c.kind === 'transfer_to_filing' && isRunning(c.state));
  const others = shown.filter((c) => c !== transfer);
  return (
    <Flex vertical gap={8}>
      {transfer ? (
        <Alert
          data-testid="clock-transfer_to_filing"
          type={transfer.state === 'overdue' ? 'error' : 'warning'}
          showIcon
          icon={<ClockCircleOutlined />}
          title={
            <span>
              <Typography.Text strong>{t('clockKind.transfer_to_filing')}</Typography.Text>
              {t('common.colon')}
              {t('clock.transferBanner', { dueOn: transfer.dueOn, limit: transfer.limitDays })}
              <Tag color={clockColor(transfer.state)} style={{ marginLeft: 8 }} data-testid="clock-days-left">
                {daysLeftText(t, transfer)}
              </Tag>
            </span>
          }
        />
      ) : null}
      {others.length > 0 ? (
        <Flex gap={16} wrap align="center">
          {others.map((c) => (
            <span key={c.id} data-testid={`clock-${c.kind}`}>
              <ClockCircleOutlined style={{ marginRight: 4 }} />
              <Typography.Text type="secondary">{clockTitle(t, c)}</Typography.Text>{' '}
              <Typography.Text>{t('clock.dueOn', { dueOn: c.dueOn })}</Typography.Text>{' '}
              <Tag color={clockColor(c.state)} data-testid="clock-days-left">
                {daysLeftText(t, c)}
              </Tag>
            </span>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}
