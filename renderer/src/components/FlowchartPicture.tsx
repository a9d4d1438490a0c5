import { useState } from 'react';
import { Button, Empty, Flex, Spin } from 'antd';
import { ColumnWidthOutlined, ExpandOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FlowchartView } from '../stores/flowchart-store';
import { ErrorAlert } from './ErrorAlert';

/**
 * A flowchart the core drew, shown as an image (see FlowchartImage in stores/flowchart-store.ts: an <img>
 * runs nothing the SVG might hold). Fitted to the width by default, since a top-to-bottom chart is
 * tall and narrow; 原始大小 shows it at its own size in a scrolling box.
 */
export function FlowchartPicture({
  view,
  alt,
  onRetry,
  testId,
  maxHeight,
}: {
  view: FlowchartView;
  alt: string;
  onRetry: () => void;
  testId: string;
  /** Bounds the box (it scrolls) when the chart sits beside something; else the page scrolls. */
  maxHeight?: number;
}) {
  const { t } = useTranslation();
  const [fit, setFit] = useState(true);
  const { image, loading, error } = view;

  if (!image) {
    if (error) return <ErrorAlert error={error} onRetry={onRetry} retryLabel={t('app.retry')} />;
    return loading ? <Spin style={{ display: 'block', margin: 48 }} /> : <Empty description={t('reports.flowchart.empty')} />;
  }
  return (
    <Flex vertical gap={4}>
      {error ? <ErrorAlert error={error} onRetry={onRetry} retryLabel={t('app.retry')} /> : null}
      <Flex justify="flex-end">
        <Button
          size="small"
          type="link"
          icon={fit ? <ExpandOutlined /> : <ColumnWidthOutlined />}
          onClick={() => setFit(!fit)}
          data-testid={`${testId}-zoom`}
        >
          {fit ? t('reports.flowchart.actualSize') : t('reports.flowchart.fitWidth')}
        </Button>
      </Flex>
      <div
        style={{ maxHeight, overflow: 'auto', background: '#fff', border: '1px solid #f0f0f0', borderRadius: 6, padding: 8, opacity: loading ? 0.6 : 1 }}
        data-testid={`${testId}-box`}
      >
        <img
          src={image.src}
          alt={alt}
          data-testid={testId}
          style={
            fit
              ? { display: 'block', margin: '0 auto', width: image.width ?? '100%', maxWidth: '100%', height: 'auto' }
              : { display: 'block', width: image.width ?? undefined, height: image.height ?? undefined, maxWidth: 'none' }
          }
        />
      </div>
    </Flex>
  );
}
