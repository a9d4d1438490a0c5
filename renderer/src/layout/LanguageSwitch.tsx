import { Button, Tooltip } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/stores';

/** One button that flips between the two UI languages; it names the language it switches to. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <Tooltip title={t('header.switchLabel')}>
      <Button
        data-testid="language-switch"
        icon={<GlobalOutlined />}
        aria-label={t('header.switchLabel')}
        onClick={() => setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN')}
      >
        {t('header.switchTo')}
      </Button>
    </Tooltip>
  );
}
