import { useEffect } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFlowchartStore, useWorkflowSettingsStore } from '../../stores/stores';
import { ExportButton } from '../../components/ExportButton';
import { FlowchartPicture } from '../../components/FlowchartPicture';

/**
 * 工作流程图: the published flowchart, drawn by the core from the current template. Redrawn when a
 * new template version is saved beside it; exported as SVG, PNG (2×) or PDF.
 */
export function WorkflowFlowchart() {
  const { t } = useTranslation();
  const version = useWorkflowSettingsStore((s) => s.template?.version ?? null);
  const view = useFlowchartStore((s) => s.template);
  const load = useFlowchartStore((s) => s.loadTemplate);

  useEffect(() => {
    void load();
  }, [load, version]);

  return (
    <Card
      size="small"
      title={t('reports.flowchart.templateTitle')}
      data-testid="workflow-flowchart"
      extra={
        <ExportButton
          channel="flowchart.template"
          label={t('reports.export.export')}
          testId="flowchart-template-export"
          placement="bottomRight"
          formats={[
            { key: 'svg', label: t('reports.format.svg'), input: { format: 'svg' } },
            { key: 'png', label: t('reports.format.png'), input: { format: 'png' } },
            { key: 'pdf', label: t('reports.format.pdf'), input: { format: 'pdf' } },
          ]}
        />
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('reports.flowchart.templateHint')}</Typography.Text>
        <FlowchartPicture view={view} alt={t('reports.flowchart.templateTitle')} onRetry={() => void load()} testId="flowchart-template-image" maxHeight={620} />
      </Flex>
    </Card>
  );
}
