import type { ReactNode } from 'react';
import { Card, Flex, Statistic, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgencyFigures as Figures } from '../../../../electron/contract/schemas/agencies';
import { APPEARANCE_TARGET } from '../../../../electron/contract/schemas/linkage';

export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

function Figure({ id, children, note }: { id: string; children: ReactNode; note?: ReactNode }) {
  return (
    <Card size="small" data-testid={`figure-${id}`}>
      {children}
      {note ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      ) : null}
    </Card>
  );
}

/** The agency's figures: cases by role, tasks, reply time, resolution rate and this year's linkage. */
export function AgencyFigures({ figures: f }: { figures: Figures }) {
  const { t } = useTranslation();
  const totalCases = f.casesByRole.reduce((sum, r) => sum + r.count, 0);
  const byRole = f.casesByRole
    .filter((r) => r.count > 0)
    .map((r) => `${t(`agencyRole.${r.role}`)} ${r.count}`)
    .join(' · ');
  const belowTarget = f.appearanceRate !== null && f.appearanceRate < APPEARANCE_TARGET;

  return (
    // A grid rather than wrapping flex: a short last row keeps the card width instead of stretching.
    <div data-testid="agency-figures" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 12 }}>
      <Figure id="cases" note={byRole || t('agencies.fig.noCases')}>
        <Statistic title={t('agencies.fig.cases')} value={totalCases} />
      </Figure>
      <Figure id="tasks" note={t('agencies.fig.answered', { count: f.answeredTasks })}>
        <Flex gap={24}>
          <Statistic title={t('agencies.fig.openTasks')} value={f.openTasks} />
          <Statistic
            title={t('agencies.fig.overdueTasks')}
            value={f.overdueTasks}
            styles={{ content: f.overdueTasks > 0 ? { color: 'var(--ant-color-error, #ff4d4f)' } : {} }}
          />
        </Flex>
      </Figure>
      <Figure id="reply" note={t('agencies.fig.medianReplyNote')}>
        <Statistic
          title={t('agencies.fig.medianReply')}
          value={f.medianReplyDays === null ? '—' : f.medianReplyDays}
          suffix={f.medianReplyDays === null ? undefined : t('agencies.fig.days')}
        />
      </Figure>
      <Figure
        id="resolution"
        note={t('agencies.fig.resolutionNote', { resolved: f.respondentResolved, closed: f.respondentClosed })}
      >
        <Statistic title={t('agencies.fig.resolution')} value={percent(f.resolutionRate)} />
      </Figure>
      <Figure
        id="appearance"
        note={
          f.hearings === 0
            ? t('agencies.fig.noHearings')
            : t('agencies.fig.appearanceNote', { heads: f.headAppearances, hearings: f.hearings })
        }
      >
        <Tooltip title={t('agencies.fig.target', { target: percent(APPEARANCE_TARGET) })}>
          <Statistic
            title={t('agencies.fig.appearance', { year: f.year })}
            value={percent(f.appearanceRate)}
            suffix={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('agencies.fig.targetShort', { target: percent(APPEARANCE_TARGET) })}
              </Typography.Text>
            }
            styles={{ content: belowTarget ? { color: 'var(--ant-color-error, #ff4d4f)' } : {} }}
          />
        </Tooltip>
        {belowTarget ? (
          <Typography.Text type="danger" style={{ fontSize: 12, display: 'block' }} data-testid="appearance-below">
            {t('agencies.fig.belowTarget')}
          </Typography.Text>
        ) : null}
      </Figure>
      <Figure id="attendance">
        <Statistic title={t('agencies.fig.attendance', { year: f.year })} value={f.attendances} suffix={t('agencies.fig.times')} />
        {f.attendances === 0 ? (
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {t('agencies.fig.noAttendance')}
          </Typography.Text>
        ) : null}
      </Figure>
      <Figure id="suggestions">
        <Statistic title={t('agencies.fig.suggestions')} value={f.openSuggestions} />
      </Figure>
    </div>
  );
}
