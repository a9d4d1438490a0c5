import { Button, Result, Spin } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../electron/contract/result';
import { ErrorAlert } from './ErrorAlert';

/**
 * What a record's page (a case, an agency, a meeting) shows before its record is there: a spinner
 * while loading, a 404 with a way back to the list when the record does not exist, otherwise the
 * error with a retry.
 */
export function DetailPlaceholder({
  error,
  notFoundTitle,
  backLabel,
  backTo,
  onRetry,
}: {
  error: AppError | null;
  notFoundTitle: string;
  backLabel: string;
  backTo: string;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (!error) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (error.code === 'NOT_FOUND') {
    return <Result status="404" title={notFoundTitle} extra={<Button onClick={() => void navigate(backTo)}>{backLabel}</Button>} />;
  }
  return <ErrorAlert error={error} onRetry={onRetry} retryLabel={t('app.retry')} />;
}
