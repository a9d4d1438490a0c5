import { useState } from 'react';
import { App, Space, Switch, Tooltip, Typography } from 'antd';
import { FileTextOutlined, StarOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import { useAppStore, useTypicalStore } from '../../stores/stores';
import { ExportButton } from '../../components/ExportButton';
import { pick, toAppError } from '../../lib/app-error';

/**
 * The case's documents: the outcome summary (结案报告, DOCX to edit or PDF to print) and, once the
 * case is closed, the 典型案例 flag with the anonymised publicity version it allows.
 */
export function CaseReportActions({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const saving = useTypicalStore((s) => s.saving === detail.id);
  const setTypical = useTypicalStore((s) => s.setTypical);
  const closed = detail.status === 'closed';
  // The flag as just set, shown until the case reloads (the write announces itself): any newer
  // detail carries the stored flag.
  const [wanted, setWanted] = useState<{ typical: boolean; on: CaseDetail } | null>(null);
  const typical = wanted?.on === detail ? wanted.typical : detail.isTypical;

  async function handleTypical(next: boolean) {
    setWanted({ typical: next, on: detail });
    try {
      await setTypical(detail.id, next);
      void message.success(next ? t('reports.caseSummary.typicalOn') : t('reports.caseSummary.typicalOff'));
    } catch (error) {
      setWanted(null);
      void message.error(pick(toAppError(error).message, language));
    }
  }

  return (
    <Space wrap>
      <ExportButton
        channel="summary.case"
        label={t('reports.caseSummary.export')}
        icon={<FileTextOutlined />}
        testId="case-summary-export"
        placement="bottomRight"
        formats={[
          { key: 'docx', label: t('reports.format.docx'), input: { caseId: detail.id, format: 'docx' } },
          { key: 'pdf', label: t('reports.format.pdf'), input: { caseId: detail.id, format: 'pdf' } },
        ]}
      />
      {closed ? (
        <Tooltip title={t('reports.caseSummary.typicalHint')}>
          <Space size={6}>
            <Switch
              size="small"
              checked={typical}
              loading={saving}
              onChange={(checked) => void handleTypical(checked)}
              aria-label={t('reports.caseSummary.typical')}
              data-testid="typical-switch"
            />
            <Typography.Text>{t('reports.caseSummary.typical')}</Typography.Text>
          </Space>
        </Tooltip>
      ) : null}
      {closed && typical ? (
        <ExportButton
          channel="summary.typical"
          label={t('reports.caseSummary.typicalExport')}
          icon={<StarOutlined />}
          testId="typical-export"
          placement="bottomRight"
          formats={[
            { key: 'docx', label: t('reports.format.docx'), input: { caseId: detail.id, format: 'docx' } },
            { key: 'pdf', label: t('reports.format.pdf'), input: { caseId: detail.id, format: 'pdf' } },
          ]}
        />
      ) : null}
    </Space>
  );
}
