import { useState } from 'react';
import { App, Button, Flex, Modal, Spin, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AgencyImportPreview } from '../../../../electron/contract/schemas/agencies';
import type { UploadedFile } from '../../../../electron/contract/schemas/files';
import type { AppError } from '../../../../electron/contract/result';
import { useAgenciesStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';
import { FileErrorsAlert, ImportDropZone } from '../../components/ImportDropZone';
import { readFileAsBase64 } from '../../lib/file-base64';
import { saveExport } from '../../lib/save-export';
import { ImportPreviewTables } from './ImportPreviewTables';

interface Picked {
  file: UploadedFile;
  preview: AgencyImportPreview | null;
}

/**
 * 导入单位: template download, file pick, a preview that lists what would be imported and which
 * rows are refused and why, then the import itself — all rows or none.
 */
export function ImportWizard({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const template = useAgenciesStore((s) => s.template);
  const previewImport = useAgenciesStore((s) => s.previewImport);
  const runImport = useAgenciesStore((s) => s.runImport);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  function reset() {
    setPicked(null);
    setError(null);
    setBusy(null);
  }

  async function handleTemplate(format: 'xlsx' | 'csv') {
    try {
      saveExport(await template(format));
    } catch (e) {
      setError(toAppError(e));
    }
  }

  async function handleFile(blob: File) {
    setError(null);
    setBusy('preview');
    try {
      const file: UploadedFile = { fileName: blob.name, contentBase64: await readFileAsBase64(blob) };
      setPicked({ file, preview: null });
      setPicked({ file, preview: await previewImport(file) });
    } catch (e) {
      setPicked(null);
      setError(toAppError(e));
    } finally {
      setBusy(null);
    }
  }

  async function handleImport() {
    if (!picked?.preview?.importable) return;
    setBusy('import');
    setError(null);
    try {
      const result = await runImport(picked.file);
      void message.success(t('agencies.import.done', { agencies: result.agencies, contacts: result.contacts }));
      reset();
      onClose();
    } catch (e) {
      setError(toAppError(e));
      setBusy(null);
    }
  }

  const preview = picked?.preview ?? null;
  const importCount = preview ? new Set(preview.rows.map((r) => r.name)).size : 0;

  return (
    <Modal
      open={open}
      width={920}
      title={t('agencies.import.title')}
      onCancel={() => {
        reset();
        onClose();
      }}
      destroyOnHidden
      footer={
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text type="secondary">{t('agencies.import.allOrNothing')}</Typography.Text>
          <Flex gap={8}>
            <Button
              onClick={() => {
                reset();
                onClose();
              }}
            >
              {t('common.cancel')}
            </Button>
            <Button
              type="primary"
              disabled={!preview?.importable}
              loading={busy === 'import'}
              onClick={() => void handleImport()}
              data-testid="import-submit"
            >
              {t('agencies.import.submit', { count: importCount })}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Flex vertical gap={12} data-testid="import-wizard">
        <Flex align="center" gap={8} wrap>
          <Typography.Text strong>{t('agencies.import.step1')}</Typography.Text>
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void handleTemplate('xlsx')} data-testid="template-xlsx">
            {t('agencies.import.templateXlsx')}
          </Button>
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void handleTemplate('csv')} data-testid="template-csv">
            {t('agencies.import.templateCsv')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('agencies.import.templateHint')}
          </Typography.Text>
        </Flex>
        <Typography.Text strong>{t('agencies.import.step2')}</Typography.Text>
        <ImportDropZone
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          pickedText={picked ? t('agencies.import.picked', { name: picked.file.fileName }) : null}
          pickText={t('agencies.import.pick')}
          pickHint={t('agencies.import.pickHint')}
          onFile={(file) => void handleFile(file)}
          testId="import-file"
        />
        {busy === 'preview' ? <Spin style={{ display: 'block', margin: 12 }} /> : null}
        {error ? <ErrorAlert error={error} /> : null}
        {preview ? (
          <>
            <Typography.Text type="secondary" data-testid="import-summary">
              {t('agencies.import.summary', {
                format: preview.format.toUpperCase(),
                encoding: preview.encoding ?? '—',
                rows: preview.rows.length,
                rejected: preview.rejected.length,
              })}
            </Typography.Text>
            <FileErrorsAlert errors={preview.fileErrors} title={t('agencies.import.fileErrors')} testId="import-file-errors" />
            <ImportPreviewTables preview={preview} />
          </>
        ) : null}
      </Flex>
    </Modal>
  );
}
