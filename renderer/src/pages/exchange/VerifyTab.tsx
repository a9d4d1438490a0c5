import { useState } from 'react';
import { Alert, Button, Descriptions, Flex, Spin, Table, Tag, Typography, Upload } from 'antd';
import { CloseOutlined, FileZipOutlined, KeyOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CourtUpload, CourtVerifyResult } from '../../../../electron/contract/schemas/court';
import type { AppError } from '../../../../electron/contract/result';
import { useAppStore, useCourtStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pick, toAppError } from '../../lib/app-error';
import { readFileAsBase64, readFileAsText } from '../../lib/file-base64';
import { formatBytes, shortHex } from './court-format';

type Failure = CourtVerifyResult['failures'][number];

/**
 * 校验: checks a package as the court would, against a public key the user gives or the center's
 * own keys. Nothing is stored; the result names each failed check and the file it concerns.
 */
export function VerifyTab() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const verify = useCourtStore((s) => s.verify);
  const [pkg, setPkg] = useState<CourtUpload | null>(null);
  const [key, setKey] = useState<{ fileName: string; pem: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [result, setResult] = useState<CourtVerifyResult | null>(null);

  async function pickPackage(blob: File) {
    setError(null);
    setResult(null);
    try {
      setPkg({ fileName: blob.name, contentBase64: await readFileAsBase64(blob) });
    } catch (e) {
      setError(toAppError(e));
    }
  }

  async function pickKey(blob: File) {
    setError(null);
    setResult(null);
    try {
      setKey({ fileName: blob.name, pem: await readFileAsText(blob) });
    } catch (e) {
      setError(toAppError(e));
    }
  }

  async function handleVerify() {
    if (!pkg) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await verify({ file: pkg, ...(key ? { publicKeyPem: key.pem } : {}) }));
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Flex vertical gap={12} data-testid="tab-verify">
      <Typography.Text type="secondary">{t('court.verify.hint')}</Typography.Text>
      <Descriptions
        size="small"
        bordered
        column={1}
        styles={{ label: { width: 200 } }}
        items={[
          {
            key: 'package',
            label: t('court.verify.package'),
            children: (
              <Flex align="center" gap={8} wrap>
                <Upload
                  accept=".zip,application/zip"
                  showUploadList={false}
                  multiple={false}
                  beforeUpload={(f) => {
                    void pickPackage(f);
                    return false;
                  }}
                >
                  <Button icon={<FileZipOutlined />} data-testid="verify-pick-package">
                    {t('court.verify.pickPackage')}
                  </Button>
                </Upload>
                {pkg ? <Typography.Text data-testid="verify-package-name">{pkg.fileName}</Typography.Text> : null}
              </Flex>
            ),
          },
          {
            key: 'key',
            label: t('court.verify.publicKey'),
            children: (
              <Flex align="center" gap={8} wrap>
                <Upload
                  accept=".pem,.pub,.txt"
                  showUploadList={false}
                  multiple={false}
                  beforeUpload={(f) => {
                    void pickKey(f);
                    return false;
                  }}
                >
                  <Button icon={<KeyOutlined />} data-testid="verify-pick-key">
                    {t('court.verify.pickKey')}
                  </Button>
                </Upload>
                {key ? (
                  <>
                    <Typography.Text data-testid="verify-key-name">{key.fileName}</Typography.Text>
                    <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('court.verify.clearKey')} title={t('court.verify.clearKey')} onClick={() => setKey(null)} />
                  </>
                ) : (
                  <Typography.Text type="secondary">{t('court.verify.ownKeys')}</Typography.Text>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <div>
        <Button type="primary" icon={<SafetyCertificateOutlined />} disabled={!pkg} loading={busy} onClick={() => void handleVerify()} data-testid="verify-run">
          {t('court.verify.run')}
        </Button>
      </div>
      {busy ? <Spin style={{ display: 'block', margin: 12 }} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {result ? <VerifyResult result={result} language={language} /> : null}
    </Flex>
  );
}

function VerifyResult({ result, language }: { result: CourtVerifyResult; language: 'zh-CN' | 'en' }) {
  const { t } = useTranslation();
  const info = result.bagInfo ? Object.entries(result.bagInfo) : [];
  return (
    <Flex vertical gap={12} data-testid="verify-result">
      {result.ok ? (
        <Alert
          type="success"
          showIcon
          title={t('court.verify.ok')}
          description={t('court.verify.okDetail', {
            files: result.payloadFiles ?? 0,
            bytes: formatBytes(result.payloadBytes ?? 0),
            fingerprint: result.keyFingerprint ? shortHex(result.keyFingerprint) : '—',
          })}
          data-testid="verify-ok"
        />
      ) : (
        <>
          <Alert type="error" showIcon title={t('court.verify.failed', { count: result.failures.length })} data-testid="verify-failed" />
          <Table<Failure>
            size="small"
            rowKey={(f) => `${f.check}:${f.file}:${f.message['zh-CN']}`}
            pagination={false}
            dataSource={result.failures}
            data-testid="verify-failures"
            columns={[
              { key: 'check', dataIndex: 'check', title: t('court.verify.col.check'), width: 140, render: (c: Failure['check']) => <Tag color="red">{t(`court.verify.check.${c}`)}</Tag> },
              {
                key: 'file',
                dataIndex: 'file',
                title: t('court.verify.col.file'),
                width: 260,
                render: (f: string) => <Typography.Text style={{ fontFamily: 'var(--ant-font-family-code, monospace)', wordBreak: 'break-all' }}>{f || '—'}</Typography.Text>,
              },
              { key: 'message', dataIndex: 'message', title: t('court.verify.col.message'), render: (m: Failure['message']) => pick(m, language) },
            ]}
          />
        </>
      )}
      {result.bagName || info.length > 0 ? (
        <Descriptions
          size="small"
          bordered
          column={1}
          data-testid="verify-bag-info"
          styles={{ label: { width: 200 } }}
          items={[
            ...(result.bagName ? [{ key: 'bagName', label: t('court.verify.bagName'), children: result.bagName }] : []),
            ...info.map(([label, value]) => ({ key: label, label, children: <span style={{ wordBreak: 'break-all' }}>{value}</span> })),
          ]}
        />
      ) : null}
    </Flex>
  );
}
