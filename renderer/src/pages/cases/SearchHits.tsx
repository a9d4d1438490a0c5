import { Button, Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../electron/contract/schemas/case-list';
import { useCasesStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Snippet } from './Snippet';

/** Full-text search results: which case, which field matched, and the match highlighted. */
export function SearchHits() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const hits = useCasesStore((s) => s.hits);
  const searching = useCasesStore((s) => s.searching);
  const searchText = useCasesStore((s) => s.searchText);
  const searchError = useCasesStore((s) => s.searchError);
  const clearSearch = useCasesStore((s) => s.clearSearch);

  function open(hit: SearchHit) {
    const tab = hit.field === 'activity' ? '?tab=timeline' : '';
    void navigate(`/cases/${hit.caseId}${tab}`);
  }

  return (
    <Card
      size="small"
      data-testid="search-hits"
      style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      styles={{ body: { overflow: 'auto', flex: 1 } }}
      title={searching ? t('cases.searching', { text: searchText }) : t('cases.hitCount', { text: searchText, count: hits?.length ?? 0 })}
      extra={
        <Button size="small" icon={<CloseOutlined />} onClick={clearSearch}>
          {t('cases.clearSearch')}
        </Button>
      }
    >
      {searchError ? <ErrorAlert error={searchError} /> : null}
      {searching && !hits ? <Spin style={{ display: 'block', margin: 24 }} /> : null}
      {hits && hits.length === 0 ? (
        <Empty description={t('cases.noHits')} />
      ) : (
        <Flex vertical>
          {(hits ?? []).map((hit) => (
            <div
              key={`${hit.caseId}-${hit.field}-${hit.activityId ?? ''}`}
              role="link"
              tabIndex={0}
              className="adr-hit"
              onClick={() => open(hit)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') open(hit);
              }}
              data-testid="search-hit"
            >
              <Flex gap={8} align="center" wrap>
                <Typography.Link strong>{hit.caseNumber}</Typography.Link>
                <Typography.Text ellipsis style={{ maxWidth: 520 }}>
                  {hit.title}
                </Typography.Text>
                <Tag>{t(`stage.${hit.stage}`)}</Tag>
                <Tag color="gold" data-testid="hit-field">
                  {t(`searchField.${hit.field}`)}
                </Tag>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                <Snippet segments={hit.snippet} />
              </Typography.Text>
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}
