import { useEffect, useState } from 'react';
import { Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAppStore, useTasksStore } from '../../stores/stores';
import { longDate } from '../tasks/task-dates';

/** "按节假日安排，截止 2026年12月4日（星期五）": the core counts the working days on its calendar. */
export function DuePreview({ sentOn, workingDays }: { sentOn: Dayjs | null; workingDays: number | null }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const dueDate = useTasksStore((s) => s.dueDate);
  // dueOn '' = the core could not count (shown as such); null = not asked yet.
  const [due, setDue] = useState<{ key: string; dueOn: string | null }>({ key: '', dueOn: null });
  const valid = sentOn !== null && sentOn.isValid() && workingDays !== null && Number.isInteger(workingDays) && workingDays >= 1 && workingDays <= 120;
  const sent = valid ? sentOn.format('YYYY-MM-DD') : null;
  const days = valid ? workingDays : null;
  const key = `${sent}+${days}`;

  useEffect(() => {
    if (sent === null || days === null) return undefined;
    let live = true;
    const asked = `${sent}+${days}`;
    dueDate(sent, days)
      .then((dueOn) => live && setDue({ key: asked, dueOn }))
      .catch(() => live && setDue({ key: asked, dueOn: '' }));
    return () => {
      live = false;
    };
  }, [sent, days, dueDate]);

  if (!valid) return null;
  return (
    <Typography.Text type="secondary" data-testid="due-preview">
      {due.key !== key || due.dueOn === null
        ? t('tasks.form.dueCounting')
        : due.dueOn === ''
          ? t('tasks.form.dueUnknown')
          : t('tasks.form.duePreview', { date: longDate(due.dueOn, language) })}
    </Typography.Text>
  );
}
