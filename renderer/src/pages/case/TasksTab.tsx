import { useState } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import { TaskList } from '../tasks/TaskList';
import { TaskCreateModal } from './TaskCreateModal';

/** 协调事项: what the case has asked of its agencies, and a new request. */
export function TasksTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  return (
    <div data-testid="case-tasks">
      <TaskList
        scope={{ caseId: detail.id }}
        defaultFilter="all"
        columns="case"
        height={360}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="task-new">
            {t('tasks.create.open')}
          </Button>
        }
      />
      <TaskCreateModal detail={detail} open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
