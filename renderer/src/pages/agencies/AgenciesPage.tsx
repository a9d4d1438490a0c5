import { useEffect, useState } from 'react';
import { Button, Flex, Input, Select, Switch, Typography } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AGENCY_KINDS, type AgencyKind } from '../../../../electron/contract/schemas/agencies';
import { useAgenciesStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AgencyTable } from './AgencyTable';
import { AgencyFormModal } from './AgencyFormModal';
import { ImportWizard } from './ImportWizard';

/** 单位: the agency directory with its figures, search, a kind filter, creation and import. */
export function AgenciesPage() {
  const { t } = useTranslation();
  const load = useAgenciesStore((s) => s.load);
  const loadDirectory = useAgenciesStore((s) => s.loadDirectory);
  const watch = useAgenciesStore((s) => s.watch);
  const error = useAgenciesStore((s) => s.error);
  const filters = useAgenciesStore((s) => s.filters);
  const setFilters = useAgenciesStore((s) => s.setFilters);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  useEffect(() => {
    void load();
    void loadDirectory();
    return watch();
  }, [load, loadDirectory, watch]);

  return (
    <Flex vertical gap={8} data-testid="page-agencies" style={{ height: '100%', minHeight: 420 }}>
      <Flex align="center" justify="space-between" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('agencies.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="agencies-import">
            {t('agencies.import.open')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="agency-new">
            {t('agencies.new')}
          </Button>
        </Flex>
      </Flex>
      <Flex gap={12} align="center" wrap>
        <Input.Search
          allowClear
          defaultValue={filters.query}
          placeholder={t('agencies.searchPlaceholder')}
          aria-label={t('agencies.search')}
          style={{ width: 280 }}
          onSearch={(query) => setFilters({ query: query.trim() })}
          onChange={(e) => {
            // Clearing the box (the × or deleting everything) shows the whole directory again.
            if (e.target.value === '' && filters.query !== '') setFilters({ query: '' });
          }}
          data-testid="agency-search"
        />
        <Select<AgencyKind>
          allowClear
          value={filters.kind ?? undefined}
          placeholder={t('agencies.allKinds')}
          aria-label={t('agencies.kindLabel')}
          style={{ width: 180 }}
          onChange={(kind) => setFilters({ kind: kind ?? null })}
          options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencies.kind.${k}`) }))}
          data-testid="agency-kind-filter"
        />
        <Flex gap={6} align="center">
          <Switch
            id="agency-include-inactive"
            size="small"
            checked={filters.includeInactive}
            onChange={(includeInactive) => setFilters({ includeInactive })}
          />
          <label htmlFor="agency-include-inactive">{t('agencies.showInactive')}</label>
        </Flex>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={() => void load()} retryLabel={t('app.retry')} /> : null}
      <AgencyTable onCreate={() => setCreating(true)} onImport={() => setImporting(true)} />
      <AgencyFormModal open={creating} agency={null} onClose={() => setCreating(false)} />
      <ImportWizard open={importing} onClose={() => setImporting(false)} />
    </Flex>
  );
}
