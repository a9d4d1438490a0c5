import { useState } from 'react';
import { Card, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import { STAGES, type Stage } from '../../../../electron/contract/schemas/common';
import { ActivityItem } from './ActivityItem';
import { DeleteActivityModal } from './DeleteActivityModal';

type Step = CaseDetail['steps'][number];
type Activity = CaseDetail['activities'][number];

function StepIcon({ status }: { status: Step['status'] }) {
  switch (status) {
    case 'done':
      return <CheckCircleFilled style={{ color: '#52c41a', fontSize: 16 }} />;
    case 'overdue':
      return <ExclamationCircleFilled style={{ color: '#ff4d4f', fontSize: 16 }} />;
    case 'pending':
      return <ClockCircleOutlined style={{ color: '#bfbfbf', fontSize: 16 }} />;
  }
}

/** Stage by stage: each step checked off, pending or overdue, with the activities logged under it. */
export function TimelineTab({ detail, onEdit }: { detail: CaseDetail; onEdit: (activity: Activity) => void }) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const reached = STAGES.indexOf(detail.stage);
  const byTime = [...detail.activities].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));

  function activityList(activities: Activity[]) {
    if (activities.length === 0) return null;
    return (
      <Flex vertical gap={8} style={{ marginTop: 6 }}>
        {activities.map((a) => (
          <ActivityItem key={a.id} activity={a} onEdit={() => onEdit(a)} onDelete={() => setDeleting(a)} />
        ))}
      </Flex>
    );
  }

  function stageCard(stage: Stage, index: number) {
    const steps = detail.steps.filter((s) => s.stage === stage);
    const loose = byTime.filter((a) => a.stage === stage && !steps.some((s) => s.stepId === a.stepId));
    const future = index > reached;
    const items = steps.map((step) => ({
      key: step.stepId,
      icon: <StepIcon status={step.status} />,
      content: (
        <div data-testid={`step-${step.code}`} data-status={step.status}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong type={step.status === 'overdue' ? 'danger' : undefined}>
              {step.name}
            </Typography.Text>
            {step.required ? <Tag color="blue">{t('case.requiredStep')}</Tag> : null}
            <Tag color={step.status === 'done' ? 'success' : step.status === 'overdue' ? 'error' : 'default'}>
              {t(`stepStatus.${step.status}`)}
            </Tag>
            {step.dueOn && step.status !== 'done' ? (
              <Typography.Text type={step.status === 'overdue' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                {t('case.stepDue', { dueOn: step.dueOn })}
              </Typography.Text>
            ) : null}
          </Flex>
          {activityList(byTime.filter((a) => a.stepId === step.stepId))}
        </div>
      ),
    }));
    if (loose.length > 0) {
      items.push({
        key: `${stage}-other`,
        icon: <ClockCircleOutlined style={{ color: '#1677ff', fontSize: 16 }} />,
        content: (
          <div>
            <Typography.Text strong>{t('case.otherActivities')}</Typography.Text>
            {activityList(loose)}
          </div>
        ),
      });
    }
    return (
      <Card
        key={stage}
        size="small"
        data-testid={`timeline-stage-${stage}`}
        title={
          <Flex gap={8} align="center">
            <span>{t(`stage.${stage}`)}</span>
            {stage === detail.stage ? <Tag color="processing">{t('case.currentStage')}</Tag> : null}
          </Flex>
        }
        style={future ? { opacity: 0.6 } : undefined}
      >
        {items.length > 0 ? <Timeline items={items} /> : <Typography.Text type="secondary">{t('case.noSteps')}</Typography.Text>}
      </Card>
    );
  }

  return (
    <div data-testid="timeline">
      {detail.steps.length === 0 && detail.activities.length === 0 ? (
        <Empty description={t('case.emptyTimeline')} />
      ) : (
        <Flex vertical gap={12}>
          {STAGES.map(stageCard)}
        </Flex>
      )}
      <DeleteActivityModal activity={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
