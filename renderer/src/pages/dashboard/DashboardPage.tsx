import { useEffect } from 'react';
import { Button, Col, Flex, Row, Spin, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useDashboardStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatCards } from './StatCards';
import { StageTable } from './StageTable';
import { CategoryTable } from './CategoryTable';
import { EmptyCases } from './EmptyCases';
import { DueList } from './DueList';
import { MyOpenCases } from './MyOpenCases';
import { MonthChart } from './MonthChart';
import { TaskDueList } from './TaskDueList';
import { SuggestionDueList } from './SuggestionDueList';

/** Headline counts, what falls due, my cases and the monthly trend; refreshes on every write. */
export function DashboardPage() {
  const { t } = useTranslation();
  const summary = useDashboardStore((s) => s.summary);
  const error = useDashboardStore((s) => s.error);
  const loading = useDashboardStore((s) => s.loading);
  const load = useDashboardStore((s) => s.load);
  const watch = useDashboardStore((s) => s.watch);

  useEffect(() => {
    void load();
    return watch();
  }, [load, watch]);

  return (
    <div data-testid="page-dashboard">
      <Flex align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('dashboard.title')}
        </Typography.Title>
        <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void load()}>
          {t('dashboard.refresh')}
        </Button>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={() => void load()} retryLabel={t('app.retry')} /> : null}
      {!summary ? (
        error ? null : <Spin style={{ display: 'block', margin: 48 }} />
      ) : (
        <Flex vertical gap={12}>
          <StatCards summary={summary} />
          {summary.totalCases === 0 ? (
            <EmptyCases />
          ) : (
            <Row gutter={[12, 12]}>
              <Col xs={24} xl={12}>
                <DueList kind="dueSoon" items={summary.dueSoon} />
              </Col>
              <Col xs={24} xl={12}>
                <DueList kind="overdue" items={summary.overdue} />
              </Col>
              {summary.transfers.length > 0 ? (
                <Col xs={24}>
                  <DueList kind="transfers" items={summary.transfers} />
                </Col>
              ) : null}
              <Col xs={24} xl={12}>
                <TaskDueList kind="dueSoon" items={summary.tasksDueSoon} total={summary.tasksDueSoon.length} />
              </Col>
              <Col xs={24} xl={12}>
                <TaskDueList kind="overdue" items={summary.tasksOverdue} total={summary.tasksOverdueTotal} />
              </Col>
              {summary.suggestionsDue.length > 0 ? (
                <Col xs={24}>
                  <SuggestionDueList items={summary.suggestionsDue} />
                </Col>
              ) : null}
              <Col xs={24} xl={12}>
                <MyOpenCases rows={summary.myOpenCases} />
              </Col>
              <Col xs={24} xl={12}>
                <MonthChart rows={summary.byMonth} />
              </Col>
              <Col xs={24} lg={12}>
                <StageTable rows={summary.byStage} />
              </Col>
              <Col xs={24} lg={12}>
                <CategoryTable rows={summary.byCategory} />
              </Col>
            </Row>
          )}
        </Flex>
      )}
    </div>
  );
}
