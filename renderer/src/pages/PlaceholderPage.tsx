import { Result } from 'antd';
import { ToolOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export type PlaceholderArea = 'meetings' | 'agencies' | 'tasks' | 'exchange' | 'statistics';

/** A section that later issues build: says so, and what it will hold. */
export function PlaceholderPage({ area }: { area: PlaceholderArea }) {
  const { t } = useTranslation();
  return (
    <div data-testid={`page-${area}`}>
      <Result
        icon={<ToolOutlined />}
        title={`${t(`nav.${area}`)} · ${t('placeholder.title')}`}
        subTitle={t(`placeholder.${area}`)}
      />
    </div>
  );
}
