import { useState } from 'react';
import { Alert, Button, Modal, Typography, Upload } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/contract/result';
import { useAppStore, useHolidaySettingsStore } from '../../stores/stores';
import type { HolidayImportResult } from '../../stores/settings-holidays-store';
import { pick, toAppError } from '../../lib/app-error';
import { readFileAsText } from '../../lib/file-base64';

/** Imports a published calendar file (JSON or CSV); shows what changed or which rows were refused. */
export function HolidayImport() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const importFile = useHolidaySettingsStore((s) => s.importFile);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ fileName: string; ok: HolidayImportResult | null; error: AppError | null } | null>(null);

  async function handleFile(file: File) {
    setBusy(true);
    try {
      const text = await readFileAsText(file);
      const format = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'json';
      const ok = await importFile({ format, text });
      setResult({ fileName: file.name, ok, error: null });
    } catch (e) {
      setResult({ fileName: file.name, ok: null, error: toAppError(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Upload
        accept=".json,.csv,application/json,text/csv"
        showUploadList={false}
        beforeUpload={(file) => {
          void handleFile(file);
          return false;
        }}
      >
        <Button icon={<ImportOutlined />} loading={busy} data-testid="holidays-import">
          {t('holidays.import')}
        </Button>
      </Upload>
      <Modal
        open={result !== null}
        title={t('holidays.importTitle', { name: result?.fileName ?? '' })}
        onCancel={() => setResult(null)}
        footer={<Button onClick={() => setResult(null)}>{t('common.close')}</Button>}
      >
        {result?.ok ? (
          <Alert
            type={result.ok.changed ? 'success' : 'info'}
            showIcon
            data-testid="holidays-import-result"
            title={
              result.ok.changed
                ? t('holidays.imported', { days: result.ok.days, years: result.ok.years.join('、') })
                : t('holidays.importUnchanged', { years: result.ok.years.join('、') })
            }
          />
        ) : null}
        {result?.error ? (
          <Alert
            type="error"
            showIcon
            data-testid="holidays-import-error"
            title={pick(result.error.message, language)}
            description={
              result.error.fields?.length ? (
                <div style={{ maxHeight: 240, overflow: 'auto' }}>
                  {result.error.fields.map((f) => (
                    <div key={`${f.path}-${pick(f.message, language)}`}>
                      <Typography.Text code>{f.path || '—'}</Typography.Text> {pick(f.message, language)}
                    </div>
                  ))}
                </div>
              ) : undefined
            }
          />
        ) : null}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
          {t('holidays.importFormat')}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
