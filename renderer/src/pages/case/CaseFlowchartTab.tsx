import { useEffect } from 'react';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import { useFlowchartStore } from '../../stores/stores';
import { ExportButton } from '../../components/ExportButton';
import { FlowchartPicture } from '../../components/FlowchartPicture';

/**
 * 流程图: the path this case really took (steps with dates and agencies, its activities, overdue
 * steps, suspensions and extensions, the outcome), in the published chart's style. Redrawn after
 * every change to the case, since any activity or clock can change it.
 */
export function CaseFlowchartTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const view = useFlowchartStore((s) => (s.caseId === detail.id ? s.case : null));
  const load = useFlowchartStore((s) => s.loadCase);

  useEffect(() => {
    void load(detail.id);
    // The detail is a new object after each reload: the chart follows the case's changes.
  }, [load, detail]);

  return (
    <Flex vertical gap={8} data-testid="case-flowchart">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('reports.flowchart.caseHint')}</Typography.Text>
        <ExportButton
          channel="flowchart.case"
          label={t('reports.flowchart.caseExport')}
          testId="flowchart-case-export"
          placement="bottomRight"
          formats={[
            { key: 'svg', label: t('reports.format.svg'), input: { caseId: detail.id, format: 'svg' } },
            { key: 'png', label: t('reports.format.png'), input: { caseId: detail.id, format: 'png' } },
            { key: 'pdf', label: t('reports.format.pdf'), input: { caseId: detail.id, format: 'pdf' } },
          ]}
        />
      </Flex>
      <FlowchartPicture
        view={view ?? { image: null, loading: true, error: null }}
        alt={t('reports.flowchart.caseTitle', { caseNumber: detail.caseNumber })}
        onRetry={() => void load(detail.id)}
        testId="flowchart-case-image"
      />
    </Flex>
  );
}
