import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TaskList } from './TaskList';

const ALL = {};

/** 协调事项: every task sent to an agency, open ones first, with what to do next on each row. */
export function TasksPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} data-testid="page-tasks" style={{ height: '100%', minHeight: 420 }}>
      <Flex align="center" justify="space-between" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('tasks.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('tasks.pageHint')}</Typography.Text>
      </Flex>
      <TaskList scope={ALL} defaultFilter="open" columns="all" />
    </Flex>
  );
}
