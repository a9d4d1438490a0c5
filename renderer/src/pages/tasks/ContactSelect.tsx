import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAgenciesStore } from '../../stores/stores';

/**
 * The contacts of one agency (its active ones, plus the one already chosen), fetched when the
 * agency changes. A controlled form field: antd passes value and onChange. Used by the task forms
 * and the meeting forms; rows without a visible label pass their own `aria-label`.
 */
export function ContactSelect({
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
    .map((c) => ({
      value: c.id,
      label: [c.name, c.title ? `（${c.title}）` : '', c.phones[0] ? ` ${c.phones[0]}` : ''].join(''),
    }));

  return (
    <Select
      id={id}
      aria-label={aria['aria-label']}
      allowClear
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
