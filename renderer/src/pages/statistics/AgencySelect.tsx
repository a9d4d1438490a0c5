import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReferenceStore } from '../../stores/stores';

/** The directory's active agencies, searchable by full or short name (a Form.Item control). */
export function AgencySelect({ value, onChange, id }: { value?: string; onChange?: (value: string) => void; id?: string }) {
  const { t } = useTranslation();
  const agencies = useReferenceStore((s) => s.agencies);
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('linkage.common.agencyPlaceholder')}
      options={agencies.map((a) => ({
        value: a.id,
        label: a.shortName && a.shortName !== a.name ? `${a.name}（${a.shortName}）` : a.name,
      }))}
    />
  );
}
