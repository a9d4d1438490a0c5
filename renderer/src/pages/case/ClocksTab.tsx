import { useState } from 'react';
import { Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, ClockView } from '../../../../electron/contract/schemas/cases';
import { ClockCard } from './ClockCard';
import { ClockActionModal, type ClockAction } from './ClockActionModal';
import { isRunning } from './clock-display';

/** 期限: every clock of the case, running ones first, with suspension and extension. */
export function ClocksTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<{ clock: ClockView; kind: ClockAction } | null>(null);
  const clocks = [...detail.clocks].sort(
    (a, b) => Number(isRunning(b.state)) - Number(isRunning(a.state)) || a.dueOn.localeCompare(b.dueOn),
  );
  if (clocks.length === 0) return <Empty description={t('clock.none')} />;
  return (
    <Flex vertical gap={8} data-testid="clocks">
      {clocks.map((clock) => (
        <ClockCard key={clock.id} clock={clock} onAction={(kind) => setAction({ clock, kind })} />
      ))}
      <ClockActionModal action={action} onClose={() => setAction(null)} />
    </Flex>
  );
}
