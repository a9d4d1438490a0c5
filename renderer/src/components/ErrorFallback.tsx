import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a crashed page shows instead of a blank window. */
export function ErrorFallback({ detail }: { detail?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('errorBoundary.title')}
      subTitle={t('errorBoundary.description')}
      data-testid="error-fallback"
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('errorBoundary.reload')}
        </Button>
      }
    >
      {detail ? <pre style={{ whiteSpace: 'pre-wrap', margin: 0, fontSize: 12 }}>{detail}</pre> : null}
    </Result>
  );
}
