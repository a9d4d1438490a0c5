import { Button, Popconfirm, Tooltip } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** A row's delete icon; asks first, since linkage records feed published figures. */
export function DeleteButton({ confirm, onConfirm, testId }: { confirm: string; onConfirm: () => Promise<void>; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Popconfirm title={confirm} okText={t('common.delete')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={onConfirm}>
      <Tooltip title={t('linkage.common.delete')}>
        <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('linkage.common.delete')} data-testid={testId} />
      </Tooltip>
    </Popconfirm>
  );
}
