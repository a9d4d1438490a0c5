import { Button, Checkbox, DatePicker, Flex, Select, Tooltip } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CASE_SOURCES } from '../../../../electron/contract/schemas/cases';
import { STAGES } from '../../../../electron/contract/schemas/common';
import { useCasesStore, useReferenceStore } from '../../stores/stores';
import { SavedViews } from './SavedViews';

const NARROW = { width: 132 };
const WIDE = { width: 176 };

/** Compact filters over the list; every change reloads the first page. */
export function CaseFilterBar() {
  const { t } = useTranslation();
  const filters = useCasesStore((s) => s.filters);
  const setFilters = useCasesStore((s) => s.setFilters);
  const resetFilters = useCasesStore((s) => s.resetFilters);
  const categories = useReferenceStore((s) => s.categories);
  const agencies = useReferenceStore((s) => s.agencies);
  const operators = useReferenceStore((s) => s.operators);
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null =
    filters.receivedFrom || filters.receivedTo
      ? [filters.receivedFrom ? dayjs(filters.receivedFrom) : null, filters.receivedTo ? dayjs(filters.receivedTo) : null]
      : null;

  return (
    <Flex gap={8} wrap align="center" data-testid="case-filters">
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={NARROW}
        placeholder={t('cases.col.stage')}
        aria-label={t('cases.col.stage')}
        value={filters.stages ?? []}
        onChange={(stages) => setFilters({ stages })}
        options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
      />
      <Select
        allowClear
        style={{ width: 104 }}
        placeholder={t('cases.status')}
        aria-label={t('cases.status')}
        value={filters.status}
        onChange={(status) => setFilters({ status })}
        options={(['open', 'closed'] as const).map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={WIDE}
        placeholder={t('cases.col.category')}
        aria-label={t('cases.col.category')}
        value={filters.categoryIds ?? []}
        onChange={(categoryIds) => setFilters({ categoryIds })}
        showSearch={{ optionFilterProp: 'label' }}
        options={categories.map((c) => ({ value: c.id, label: c.name }))}
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={NARROW}
        placeholder={t('cases.col.source')}
        aria-label={t('cases.col.source')}
        value={filters.sources ?? []}
        onChange={(sources) => setFilters({ sources })}
        options={CASE_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))}
      />
      <Select
        allowClear
        style={WIDE}
        placeholder={t('cases.agency')}
        aria-label={t('cases.agency')}
        value={filters.agencyId}
        onChange={(agencyId) => setFilters({ agencyId })}
        showSearch={{ optionFilterProp: 'label' }}
        options={agencies.map((a) => ({ value: a.id, label: a.name }))}
      />
      <Select
        allowClear
        style={{ width: 112 }}
        placeholder={t('cases.col.coordinator')}
        aria-label={t('cases.col.coordinator')}
        value={filters.coordinatorId}
        onChange={(coordinatorId) => setFilters({ coordinatorId })}
        options={operators.map((o) => ({ value: o.id, label: o.name }))}
      />
      <DatePicker.RangePicker
        style={{ width: 236 }}
        allowEmpty={[true, true]}
        placeholder={[t('cases.receivedFrom'), t('cases.receivedTo')]}
        value={range}
        onChange={(dates) =>
          setFilters({
            receivedFrom: dates?.[0]?.format('YYYY-MM-DD'),
            receivedTo: dates?.[1]?.format('YYYY-MM-DD'),
          })
        }
      />
      <Checkbox
        checked={filters.overdue === true}
        onChange={(e) => setFilters({ overdue: e.target.checked ? true : undefined })}
        data-testid="filter-overdue"
      >
        {t('cases.overdueOnly')}
      </Checkbox>
      <Tooltip title={t('cases.resetFilters')}>
        <Button icon={<ClearOutlined />} onClick={resetFilters} aria-label={t('cases.resetFilters')} />
      </Tooltip>
      <SavedViews />
    </Flex>
  );
}
