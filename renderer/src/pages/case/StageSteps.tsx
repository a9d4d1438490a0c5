import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAGES, type Stage } from '../../../../electron/contract/schemas/common';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';

/**
 * 受理 → 化解前 → 化解中 → 化解后 → 结案, the current stage highlighted. A stage the case never went
 * through (a failed mediation closes straight from 化解中) is shown as skipped, not as done.
 */
export function StageSteps({ stage, history }: { stage: Stage; history: CaseDetail['history'] }) {
  const { t } = useTranslation();
  const current = STAGES.indexOf(stage);
  const visited = new Set<Stage>(history.flatMap((h) => (h.fromStage ? [h.fromStage, h.toStage] : [h.toStage])));
  return (
    <Steps
      size="small"
      current={current}
      status={stage === 'closed' ? 'finish' : 'process'}
      data-testid="stage-steps"
      items={STAGES.map((s, i) => {
        // Without any recorded history there is nothing to tell skipped stages by.
        const skipped = history.length > 0 && i < current && !visited.has(s);
        return skipped
          ? { title: t(`stage.${s}`), status: 'wait' as const, content: t('case.skipped') }
          : { title: t(`stage.${s}`) };
      })}
    />
  );
}
