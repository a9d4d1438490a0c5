import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAgenciesStore } from '../../../stores/stores';

/**
 * The active contacts of one agency (plus the one already chosen), fetched when the agency
 * changes; like the task form's picker, with its own accessible name since rows have no label.
 */
export function AgencyContactSelect({
  agencyId,
  value,
  onChange,
  id,
  ...aria
}: {
  agencyId: string | null;
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const contacts = useAgenciesStore((s) => (agencyId ? s.contacts[agencyId] : undefined));
  const loadContacts = useAgenciesStore((s) => s.loadContacts);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!agencyId || contacts) return;
    let live = true;
    setLoading(true);
    loadContacts(agencyId)
      .catch(() => undefined)
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [agencyId, contacts, loadContacts]);

  const options = (contacts ?? [])
    .filter((c) => c.active || c.id === value)
    .map((c) => ({ value: c.id, label: c.title ? `${c.name}（${c.title}）` : c.name }));

  return (
    <Select
      id={id}
      aria-label={aria['aria-label']}
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      disabled={!agencyId}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      placeholder={agencyId ? t('tasks.form.contactPlaceholder') : t('tasks.form.pickAgencyFirst')}
      options={options}
      notFoundContent={loading ? null : t('tasks.form.noContacts')}
    />
  );
}
