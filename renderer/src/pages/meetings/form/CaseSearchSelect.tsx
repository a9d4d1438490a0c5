import { useEffect, useRef, useState } from 'react';
import { Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMeetingsStore } from '../../../stores/stores';

interface Option {
  value: string;
  label: string;
}

/**
 * An agenda item's case, found by what the secretary remembers (case number, a party, words of
 * the title) through the case search. A controlled form field: antd passes value and onChange.
 */
export function CaseSearchSelect({
  id,
  value,
  onChange,
  initialLabel,
  onPicked,
  ...aria
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The chosen case's label when the form opens (the search has not run yet). */
  initialLabel?: string | null;
  onPicked?: (label: string | null) => void;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const searchCases = useMeetingsStore((s) => s.searchCases);
  const [found, setFound] = useState<Option[]>([]);
  // The chosen case stays an option (with its label) whatever the last search found; the label
  // can arrive a render after the value, when the form fills in a saved meeting.
  const options = value && initialLabel && !found.some((o) => o.value === value) ? [{ value, label: initialLabel }, ...found] : found;
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function handleSearch(text: string) {
    if (timer.current) clearTimeout(timer.current);
    const query = text.trim();
    if (!query) return;
    // Wait for a pause in typing: one search per word, not per keystroke.
    timer.current = setTimeout(() => {
      const request = ++latest.current;
      setSearching(true);
      searchCases(query)
        .then((hits) => {
          if (request !== latest.current) return;
          const seen = new Set<string>();
          setFound(
            hits.filter((h) => !seen.has(h.caseId) && seen.add(h.caseId)).map((h) => ({ value: h.caseId, label: `${h.caseNumber} ${h.title}` })),
          );
        })
        .catch(() => {
          if (request === latest.current) setFound([]);
        })
        .finally(() => {
          if (request === latest.current) setSearching(false);
        });
    }, 250);
  }

  return (
    <Select<string, Option>
      id={id}
      aria-label={aria['aria-label']}
      allowClear
      showSearch={{ filterOption: false, onSearch: handleSearch }}
      value={value ?? undefined}
      options={options}
      placeholder={t('meetings.agenda.casePlaceholder')}
      notFoundContent={searching ? <Spin size="small" /> : t('meetings.agenda.noMatch')}
      onChange={(v, option) => {
        onChange?.(v ?? null);
        const picked = Array.isArray(option) ? undefined : option;
        onPicked?.(picked?.label ?? null);
      }}
    />
  );
}
