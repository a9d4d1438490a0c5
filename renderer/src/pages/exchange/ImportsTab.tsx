import { useState } from 'react';
import { Alert, Button, Flex, Progress, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CourtImportPreview, CourtImportResult, CourtUpload } from '../../../../electron/contract/schemas/court';
import type { AppError } from '../../../../electron/contract/result';
import { useAppStore, useCourtStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pick, toAppError } from '../../lib/app-error';
import { readFileAsBase64 } from '../../lib/file-base64';
import { ImportDropZone } from '../../components/ImportDropZone';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { ImportHistory } from './ImportHistory';

interface Picked {
  file: CourtUpload;
  preview: CourtImportPreview | null;
}

/**
 * 导入: the court's referral list or receipt. Picking a file only previews it (the whole file is
 * checked first); 确认导入 applies it in one transaction, and only when nothing was refused.
 */
export function ImportsTab() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const overview = useCourtStore((s) => s.overview);
  const previewImport = useCourtStore((s) => s.previewImport);
  const runImport = useCourtStore((s) => s.runImport);
  const progress = useCourtStore((s) => s.importProgress);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [result, setResult] = useState<CourtImportResult | null>(null);

  async function handleFile(blob: File) {
    setError(null);
    setResult(null);
    setBusy('preview');
    try {
      const file: CourtUpload = { fileName: blob.name, contentBase64: await readFileAsBase64(blob) };
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
      setResult(await runImport(picked.file));
      setPicked(null);
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(null);
    }
  }

  const preview = picked?.preview ?? null;

  return (
    <Flex vertical gap={12} data-testid="tab-imports">
      <ImportDropZone
        accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        pickedText={picked ? t('court.imports.picked', { name: picked.file.fileName }) : null}
        pickText={t('court.imports.pick')}
        pickHint={t('court.imports.pickHint')}
        onFile={(file) => void handleFile(file)}
        testId="court-import-file"
        disabled={busy !== null}
      />
      {busy === 'preview' ? <Spin style={{ display: 'block', margin: 12 }} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {result ? (
        <Alert
          type="success"
          showIcon
          closable={{ 'aria-label': t('common.close') }}
          onClose={() => setResult(null)}
          title={resultText(result, t)}
          data-testid="court-import-result"
        />
      ) : null}
      {preview ? (
        <Flex vertical gap={12} data-testid="court-import-preview">
          <ImportPreviewPanel preview={preview} />
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Typography.Text type="secondary">{t('court.imports.allOrNothing')}</Typography.Text>
            <Flex gap={8} align="center">
              {busy === 'import' && progress ? (
                <Progress
                  percent={progress.percent}
                  size="small"
                  status="active"
                  style={{ width: 180, margin: 0 }}
                  format={() => (progress.label ? pick(progress.label, language) : t('court.imports.running'))}
                />
              ) : null}
              <Button disabled={busy === 'import'} onClick={() => setPicked(null)} data-testid="court-import-discard">
                {t('court.imports.discard')}
              </Button>
              <Button
                type="primary"
                disabled={!preview.importable}
                loading={busy === 'import'}
                onClick={() => void handleImport()}
                data-testid="court-import-submit"
              >
                {t('court.imports.submit')}
              </Button>
            </Flex>
          </Flex>
        </Flex>
      ) : null}
      <ImportHistory imports={overview?.imports ?? []} loading={overview === null} />
    </Flex>
  );
}

function resultText(result: CourtImportResult, t: TFunction): string {
  if (result.noChange) return t('court.imports.resultNoChange');
  if (result.kind === 'referrals') return t('court.imports.resultReferrals', { created: result.created, unchanged: result.unchanged });
  return t('court.imports.resultReceipt', { batch: result.acknowledgedBatch ?? '—', attached: result.attached, unchanged: result.unchanged });
}
