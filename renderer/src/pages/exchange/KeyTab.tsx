import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Spin, Table, Tag, Typography } from 'antd';
import { KeyOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SigningKeyInfo } from '../../../../electron/contract/schemas/court';
import { useCourtStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { formatDateTime } from '../../lib/format';
import { groupHex, shortHex } from './court-format';
import { RotateKeyModal } from './RotateKeyModal';
import { useCan } from '../auth/use-can';

type Retired = SigningKeyInfo['retired'][number];

const MONO = { fontFamily: 'var(--ant-font-family-code, monospace)' } as const;

/** 密钥: the key that signs packages, how its private half is kept, its public half for the court, rotation. */
export function KeyTab() {
  const { t } = useTranslation();
  const key = useCourtStore((s) => s.key);
  const keyError = useCourtStore((s) => s.keyError);
  const loadKey = useCourtStore((s) => s.loadKey);
  const [rotating, setRotating] = useState(false);
  const canRotate = useCan('court.keys');

  if (!key) {
    return keyError ? <ErrorAlert error={keyError} onRetry={() => void loadKey()} retryLabel={t('app.retry')} /> : <Spin style={{ display: 'block', margin: 48 }} />;
  }

  const sealed = key.sealing === 'safeStorage';
  return (
    <Flex vertical gap={12} data-testid="tab-key">
      <Card size="small">
        <Descriptions
          size="small"
          column={1}
          styles={{ label: { width: 180 } }}
          items={[
            {
              key: 'fingerprint',
              label: t('court.key.fingerprint'),
              children: (
                // Two lines of eight groups: compared by eye with the copy the court holds on paper.
                <Typography.Text copyable={{ text: key.fingerprint }} style={{ ...MONO, fontSize: 15 }} data-testid="key-fingerprint">
                  {groupHex(key.fingerprint.slice(0, 32))}
                  <br />
                  {groupHex(key.fingerprint.slice(32))}
                </Typography.Text>
              ),
            },
            { key: 'created', label: t('court.key.createdAt'), children: formatDateTime(key.createdAt) },
            {
              key: 'sealing',
              label: t('court.key.sealing'),
              children: (
                <Flex vertical gap={4} align="flex-start">
                  <Tag color={sealed ? 'success' : 'warning'} data-testid="key-sealing">
                    {t(sealed ? 'court.key.sealed' : 'court.key.unsealed')}
                  </Tag>
                  <Typography.Text type="secondary">{t(sealed ? 'court.key.sealedHint' : 'court.key.unsealedHint')}</Typography.Text>
                </Flex>
              ),
            },
          ]}
        />
        <Flex gap={8} wrap align="center" style={{ marginTop: 12 }}>
          <ExportButton
            channel="court.keyExport"
            type="primary"
            icon={<KeyOutlined />}
            label={t('court.key.export')}
            formats={[{ key: 'pem', label: t('court.key.export'), input: {} }]}
            testId="key-export"
          />
          {canRotate ? (
            <Button icon={<SwapOutlined />} onClick={() => setRotating(true)} data-testid="key-rotate">
              {t('court.key.rotate')}
            </Button>
          ) : null}
        </Flex>
        <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('court.key.exportHint')} />
      </Card>
      <div data-testid="key-retired">
        <Typography.Title level={5}>{t('court.key.retired')}</Typography.Title>
        <Table<Retired>
          size="small"
          rowKey="fingerprint"
          pagination={false}
          dataSource={key.retired}
          locale={{ emptyText: <Typography.Text type="secondary">{t('court.key.retiredEmpty')}</Typography.Text> }}
          columns={[
            {
              key: 'fingerprint',
              dataIndex: 'fingerprint',
              title: t('court.key.fingerprint'),
              render: (f: string) => (
                <Typography.Text copyable={{ text: f }} style={MONO} title={f}>
                  {shortHex(f)}…
                </Typography.Text>
              ),
            },
            { key: 'created', dataIndex: 'createdAt', title: t('court.key.createdAt'), width: 170, render: (v: string) => formatDateTime(v) },
            { key: 'retired', dataIndex: 'retiredAt', title: t('court.key.retiredAt'), width: 170, render: (v: string) => formatDateTime(v) },
          ]}
        />
      </div>
      <RotateKeyModal open={rotating} onClose={() => setRotating(false)} />
    </Flex>
  );
}
