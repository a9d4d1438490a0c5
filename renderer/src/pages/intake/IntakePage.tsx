import { useEffect } from 'react';
import { Breadcrumb, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useReferenceStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IntakeForm } from './IntakeForm';

/** 登记案件: the intake form, once the pick lists are in. */
export function IntakePage() {
  const { t } = useTranslation();
  const load = useReferenceStore((s) => s.load);
  const watch = useReferenceStore((s) => s.watch);
  const error = useReferenceStore((s) => s.error);

  useEffect(() => {
    void load();
    return watch();
  }, [load, watch]);

  return (
    <div data-testid="page-case-new" style={{ maxWidth: 1100 }}>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/cases">{t('nav.cases')}</Link> }, { title: t('intake.title') }]}
      />
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 12 }}>
        {t('intake.title')}
      </Typography.Title>
      {error ? <ErrorAlert error={error} onRetry={() => void load()} retryLabel={t('app.retry')} /> : null}
      <IntakeForm />
    </div>
  );
}
