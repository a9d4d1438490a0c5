import { Alert, Button } from 'antd';
import type { AppError } from '../../../electron/contract/result';
import { useAppStore } from '../stores/stores';
import { pick } from '../lib/app-error';

/** A core error in the current UI language (the contract carries both). */
export function ErrorAlert({ error, onRetry, retryLabel }: { error: AppError; onRetry?: () => void; retryLabel?: string }) {
  const language = useAppStore((s) => s.language);
  return (
    <Alert
      type="error"
      showIcon
      title={pick(error.message, language)}
      data-testid="error-alert"
      action={
        onRetry && retryLabel ? (
          <Button size="small" type="link" onClick={onRetry}>
            {retryLabel}
          </Button>
        ) : undefined
      }
    />
  );
}
