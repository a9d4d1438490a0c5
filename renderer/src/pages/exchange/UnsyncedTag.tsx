import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * 未同步: the case has changes no acknowledged batch carries yet. Shown on case list rows and in
 * the case header until the court's receipt for a batch holding them is imported.
 */
export function UnsyncedTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('court.unsynced.tooltip')}>
      <Tag color="orange" variant="filled" style={{ marginInlineEnd: 0 }} data-testid="unsynced-tag">
        {t('court.unsynced.tag')}
      </Tag>
    </Tooltip>
  );
}
