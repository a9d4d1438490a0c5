import { useState } from 'react';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditFilterOptions, AuditFilters } from '../../../../electron/contract/schemas/audit-log';

/** 'court.export', 'court.import' → the extra choice 'court.' (every court action). */
export function actionChoices(actions: readonly string[]): { prefixes: string[]; actions: string[] } {
  const prefixes = new Set<string>();
  for (const a of actions) {
    const dot = a.indexOf('.');
    if (dot > 0) prefixes.add(a.slice(0, dot + 1));
  }
  return { prefixes: [...prefixes].sort(), actions: [...actions] };
}

interface Props {
  filters: AuditFilters;
  options: AuditFilterOptions | null;
  onChange: (filters: AuditFilters) => void;
}

/** Operator, action (exact or every action of an area), entity, a China date range and detail text. */
export function AuditFilterBar({ filters, options, onChange }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.text ?? '');
  const choices = actionChoices(options?.actions ?? []);
  const set = (patch: Partial<AuditFilters>) => {
    const next: AuditFilters = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof AuditFilters)[]) if (next[key] === undefined || next[key] === '') delete next[key];
    onChange(next);
  };
  return (
    <Flex wrap gap={8} align="center" data-testid="audit-filters">
      <Select
        allowClear
        showSearch
        style={{ width: 160 }}
        placeholder={t('audit.filters.operator')}
        value={filters.operator}
        onChange={(v?: string) => set({ operator: v })}
        options={(options?.operators ?? []).map((o) => ({ value: o.name, label: o.name }))}
        data-testid="audit-filter-operator"
      />
      <Select
        allowClear
        showSearch
        style={{ width: 200 }}
        placeholder={t('audit.filters.action')}
        value={filters.action}
        onChange={(v?: string) => set({ action: v })}
        options={[
          ...choices.prefixes.map((p) => ({ value: p, label: t('audit.filters.anyPrefix', { prefix: p }) })),
          ...choices.actions.map((a) => ({ value: a, label: a })),
        ]}
        data-testid="audit-filter-action"
      />
      <Select
        allowClear
        showSearch
        style={{ width: 170 }}
        placeholder={t('audit.filters.entity')}
        value={filters.entity}
        onChange={(v?: string) => set({ entity: v })}
        options={(options?.entities ?? []).map((e) => ({ value: e, label: e }))}
        data-testid="audit-filter-entity"
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
        onChange={(range) => set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        data-testid="audit-filter-dates"
      />
      <Input.Search
        allowClear
        style={{ width: 220 }}
        placeholder={t('audit.filters.text')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(v) => set({ text: v.trim() || undefined })}
        data-testid="audit-filter-text"
      />
      <Button
        onClick={() => {
          setText('');
          onChange({});
        }}
        data-testid="audit-filter-reset"
      >
        {t('audit.filters.reset')}
      </Button>
    </Flex>
  );
}
