import { useEffect } from 'react';
import { Button, Flex, Input, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCasesStore, useReferenceStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseTable } from './CaseTable';
import { SearchHits } from './SearchHits';
import { useCan } from '../auth/use-can';

/** 案件: the filtered, sorted list of every case, full-text search, and registration. */
export function CasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Registration is cases.write: not offered to who may only read cases.
  const canRegister = useCan('cases.write');
  const load = useCasesStore((s) => s.load);
  const loadViews = useCasesStore((s) => s.loadViews);
  const watch = useCasesStore((s) => s.watch);
  const error = useCasesStore((s) => s.error);
  const search = useCasesStore((s) => s.search);
  const searchText = useCasesStore((s) => s.searchText);
  const searching = useCasesStore((s) => s.searching);
  const hits = useCasesStore((s) => s.hits);
  const loadReference = useReferenceStore((s) => s.load);
  const watchReference = useReferenceStore((s) => s.watch);

  useEffect(() => {
    void load();
    void loadViews();
    void loadReference();
    const stopCases = watch();
    const stopReference = watchReference();
    return () => {
      stopCases();
      stopReference();
    };
  }, [load, loadViews, watch, loadReference, watchReference]);

  return (
    <Flex vertical gap={8} data-testid="page-cases" style={{ height: '100%', minHeight: 420 }}>
      <Flex align="center" justify="space-between" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('cases.title')}
        </Typography.Title>
        <Flex gap={8} align="center" style={{ flex: '0 1 560px' }}>
          <Input.Search
            key={searchText === '' ? 'empty' : 'query'}
            defaultValue={searchText}
            allowClear
            placeholder={t('cases.searchPlaceholder')}
            loading={searching}
            onSearch={(value) => void search(value)}
            data-testid="case-search"
            aria-label={t('cases.search')}
          />
          {canRegister ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/cases/new')} data-testid="new-case">
              {t('cases.register')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={() => void load()} retryLabel={t('app.retry')} /> : null}
      {hits !== null || searching ? (
        <SearchHits />
      ) : (
        <>
          <CaseFilterBar />
          <CaseTable />
        </>
      )}
    </Flex>
  );
}
