import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div data-testid="page-not-found">
      <Result
        status="404"
        title={t('notFound.title')}
        extra={
          <Button type="primary" onClick={() => void navigate('/')}>
            {t('notFound.back')}
          </Button>
        }
      />
    </div>
  );
}
