import { useState } from 'react';
import { Alert, App, Button, Flex, Space } from 'antd';
import { CheckCircleOutlined, EditOutlined, RightCircleOutlined, RollbackOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import { STAGES } from '../../../../electron/contract/schemas/common';
import type { AppError } from '../../../../electron/contract/result';
import { useAppStore, useCaseDetailStore } from '../../stores/stores';
import { pick, toAppError } from '../../lib/app-error';
import { CloseCaseModal } from './CloseCaseModal';
import { ReopenCaseModal } from './ReopenCaseModal';
import { CaseReportActions } from './CaseReportActions';

/** Log an activity, move to the next stage, close, or reopen. Refusals stay on screen. */
export function CaseActions({ detail, onLogActivity }: { detail: CaseDetail; onLogActivity: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const advance = useCaseDetailStore((s) => s.advance);
  const [advancing, setAdvancing] = useState(false);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const [closeOpen, setCloseOpen] = useState(false);
  const [reopenOpen, setReopenOpen] = useState(false);

  const open = detail.status === 'open';
  const next = STAGES[STAGES.indexOf(detail.stage) + 1];
  const canAdvance = open && next !== undefined && next !== 'closed';
  // A case not yet accepted cannot be closed (the core refuses): it is accepted first.
  const canClose = open && detail.stage !== 'intake';

  async function handleAdvance() {
    if (!next || next === 'closed') return;
    setAdvancing(true);
    setRefusal(null);
    try {
      await advance(next);
      void message.success(t('case.advanced', { stage: t(`stage.${next}`) }));
    } catch (error) {
      setRefusal(toAppError(error));
    } finally {
      setAdvancing(false);
    }
  }

  return (
    <Flex vertical gap={8} align="flex-end">
      <Space wrap>
        <Button icon={<EditOutlined />} onClick={onLogActivity} data-testid="log-activity">
          {t('case.logActivity')}
        </Button>
        {canAdvance ? (
          <Button
            type="primary"
            icon={<RightCircleOutlined />}
            loading={advancing}
            onClick={() => void handleAdvance()}
            data-testid="advance-stage"
          >
            {t('case.advance', { stage: t(`stage.${next}`) })}
          </Button>
        ) : null}
        {canClose ? (
          <Button
            type={canAdvance ? 'default' : 'primary'}
            icon={<CheckCircleOutlined />}
            onClick={() => setCloseOpen(true)}
            data-testid="close-case"
          >
            {t('case.close')}
          </Button>
        ) : open ? null : (
          <Button icon={<RollbackOutlined />} onClick={() => setReopenOpen(true)} data-testid="reopen-case">
            {t('case.reopen')}
          </Button>
        )}
      </Space>
      {/* The case's documents on a line of their own, so the title keeps its width. */}
      <CaseReportActions detail={detail} />
      {refusal ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setRefusal(null) }}
          title={pick(refusal.message, language)}
          data-testid="action-error"
          style={{ maxWidth: 560 }}
        />
      ) : null}
      <CloseCaseModal open={closeOpen} onClose={() => setCloseOpen(false)} />
      <ReopenCaseModal open={reopenOpen} onClose={() => setReopenOpen(false)} />
    </Flex>
  );
}
