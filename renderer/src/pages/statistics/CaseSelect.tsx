import { useEffect, useRef, useState } from 'react';
import { Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLinkageStore } from '../../stores/stores';
import type { CaseOption } from '../../stores/linkage-store';

const SEARCH_DELAY_MS = 250;

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The case already linked when editing, so its number shows before any search. */
  current?: { id: string; caseNumber: string } | null;
  /** Called with the picked case, so the form can prefill the agency and the court number. */
  onPick?: (option: CaseOption) => void;
}

/** Optional link to a case of the center, found by case number, court number, party or title. */
export function CaseSelect({ id, value, onChange, current, onPick }: Props) {
  const { t } = useTranslation();
  const findCases = useLinkageStore((s) => s.findCases);
  const [options, setOptions] = useState<CaseOption[]>([]);
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(0);

  useEffect(() => () => clearTimeout(timer.current), []);

  function search(text: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const request = ++latest.current;
      setSearching(true);
      findCases(text)
        .then((found) => {
          if (request === latest.current) setOptions(found);
        })
        // A failed look-up leaves the list as it was; the form can still be saved without a case.
        .catch(() => undefined)
        .finally(() => {
          if (request === latest.current) setSearching(false);
        });
    }, SEARCH_DELAY_MS);
  }

  const shown = current && !options.some((o) => o.id === current.id)
    ? [{ id: current.id, caseNumber: current.caseNumber, title: '', courtNumber: null, respondent: null }, ...options]
    : options;

  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      allowClear
      showSearch={{ filterOption: false, onSearch: search }}
      onFocus={() => {
        if (options.length === 0) search('');
      }}
      onChange={(picked) => {
        onChange?.(picked ?? null);
        const option = options.find((o) => o.id === picked);
        if (option) onPick?.(option);
      }}
      placeholder={t('linkage.common.casePlaceholder')}
      notFoundContent={searching ? <Spin size="small" /> : t('linkage.common.caseNone')}
      options={shown.map((o) => ({
        value: o.id,
        label: o.title ? `${o.caseNumber} · ${o.title}` : o.caseNumber,
        title: o.caseNumber,
      }))}
    />
  );
}
