import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, ConfigProvider, DatePicker, Flex, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/contract/result';
import { useAppStore, useHolidaySettingsStore } from '../../stores/stores';
import type { HolidayDay } from '../../stores/settings-holidays-store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCan, useRolesWith } from '../auth/use-can';
import { pick, toAppError } from '../../lib/app-error';
import { HolidayImport } from './HolidayImport';

interface DraftDay extends HolidayDay {
  key: string;
}

let nextKey = 0;

/** The years offered: the shipped calendar (2025–2027) and the years around today. */
function yearOptions(): number[] {
  const now = new Date().getFullYear();
  return [...new Set([2025, 2026, 2027, now - 1, now, now + 1])].sort((a, b) => a - b);
}

/**
 * 节假日: official rest days (休) and makeup working days (班) that the deadline rules read. The State
 * Council publishes each year's schedule in the autumn; until it is entered the year is provisional.
 */
export function HolidaySettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const year = useHolidaySettingsStore((s) => s.year);
  const calendar = useHolidaySettingsStore((s) => s.calendar);
  const loadError = useHolidaySettingsStore((s) => s.error);
  const load = useHolidaySettingsStore((s) => s.load);
  const save = useHolidaySettingsStore((s) => s.save);
  // Read-only for whoever may not save it (the core refuses holidays.admin to them anyway).
  const canEdit = useCan('holidays.admin');
  const editors = useRolesWith('holidays.admin');
  const [rows, setRows] = useState<DraftDay[]>([]);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  // On opening only (the year select loads by itself). The year lives in the store, so coming
  // back to the tab shows the year last looked at.
  const [initialYear] = useState(year);
  useEffect(() => {
    void load(initialYear);
  }, [load, initialYear]);

  useEffect(() => {
    setRows((calendar?.days ?? []).map((d) => ({ ...d, key: d.date })));
    setDirty(false);
    setError(null);
  }, [calendar]);

  function edit(next: DraftDay[]) {
    setRows(next);
    setDirty(true);
  }

  function patch(key: string, change: Partial<HolidayDay>) {
    edit(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  }

  async function handleSave() {
    if (rows.some((r) => !r.date || !r.name.trim())) {
      setError({ code: 'VALIDATION', message: { 'zh-CN': t('holidays.fillRows'), en: t('holidays.fillRows') } });
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const days = [...rows].sort((a, b) => a.date.localeCompare(b.date)).map(({ date, kind, name }) => ({ date, kind, name: name.trim() }));
      await save(days);
      void message.success(t('holidays.saved', { year }));
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setSaving(false);
    }
  }

  function fieldLines(err: AppError) {
    return (err.fields ?? []).map((f) => {
      const m = /^days\.(\d+)/.exec(f.path);
      return `${m ? t('holidays.row', { n: Number(m[1]) + 1 }) : f.path}${t('common.colon')}${pick(f.message, language)}`;
    });
  }

  const holidays = rows.filter((r) => r.kind === 'holiday').length;
  const workdays = rows.length - holidays;

  return (
    <Card
      size="small"
      title={
        <Space>
          <span>{t('holidays.title')}</span>
          <Select
            size="small"
            value={year}
            style={{ width: 96 }}
            aria-label={t('holidays.year')}
            data-testid="holiday-year"
            onChange={(y: number) => void load(y)}
            options={yearOptions().map((y) => ({ value: y, label: t('holidays.yearLabel', { year: y }) }))}
          />
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
            {t('holidays.counts', { holidays, workdays })}
          </Typography.Text>
        </Space>
      }
      extra={
        canEdit ? (
          <Space>
            <HolidayImport />
            <Button icon={<UndoOutlined />} disabled={!dirty || saving} onClick={() => void load(year)}>
              {t('common.revert')}
            </Button>
            <Button type="primary" disabled={!dirty} loading={saving} onClick={() => void handleSave()} data-testid="holidays-save">
              {t('common.save')}
            </Button>
          </Space>
        ) : null
      }
    >
      <ConfigProvider componentDisabled={!canEdit}>
        <Flex vertical gap={8}>
          {canEdit ? null : <Alert type="info" showIcon title={t('auth.denied.holidays', { roles: editors })} data-testid="holidays-read-only" />}
          {loadError ? <ErrorAlert error={loadError} onRetry={() => void load(year)} retryLabel={t('app.retry')} /> : null}
          {calendar?.provisional ? (
            <Alert type="warning" showIcon data-testid="holidays-provisional" title={t('holidays.provisional', { year })} />
          ) : null}
          <Table<DraftDay>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={rows}
            scroll={{ y: 400 }}
            data-testid="holiday-days"
            locale={{ emptyText: t('holidays.empty') }}
            columns={[
              {
                title: t('holidays.date'),
                dataIndex: 'date',
                width: 160,
                render: (value: string, r) => (
                  <DatePicker
                    size="small"
                    allowClear={false}
                    value={value ? dayjs(value) : null}
                    status={value && value.startsWith(String(year)) ? undefined : 'error'}
                    onChange={(d) => patch(r.key, { date: d ? d.format('YYYY-MM-DD') : '' })}
                  />
                ),
              },
              {
                title: t('holidays.weekday'),
                dataIndex: 'date',
                key: 'weekday',
                width: 80,
                render: (value: string) => (value ? dayjs(value).format('ddd') : ''),
              },
              {
                title: t('holidays.kind'),
                dataIndex: 'kind',
                width: 110,
                render: (value: HolidayDay['kind'], r) => (
                  <Select
                    size="small"
                    style={{ width: 92 }}
                    value={value}
                    onChange={(v: HolidayDay['kind']) => patch(r.key, { kind: v })}
                    options={(['holiday', 'workday'] as const).map((k) => ({
                      value: k,
                      label: <Tag color={k === 'holiday' ? 'red' : 'blue'}>{t(`holidays.kindShort.${k}`)}</Tag>,
                    }))}
                  />
                ),
              },
              {
                title: t('holidays.name'),
                dataIndex: 'name',
                render: (value: string, r) => (
                  <Input
                    size="small"
                    value={value}
                    maxLength={40}
                    status={value.trim() ? undefined : 'error'}
                    aria-label={t('holidays.name')}
                    onChange={(e) => patch(r.key, { name: e.target.value })}
                  />
                ),
              },
              {
                title: t('common.actions'),
                width: 64,
                render: (_, r) => (
                  <Tooltip title={t('common.delete')}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => edit(rows.filter((x) => x.key !== r.key))} />
                  </Tooltip>
                ),
              },
            ]}
          />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => {
              nextKey += 1;
              const last = rows.at(-1)?.date;
              const date = last ? dayjs(last).add(1, 'day').format('YYYY-MM-DD') : `${year}-01-01`;
              edit([...rows, { key: `new-${nextKey}`, date, kind: 'holiday', name: '' }]);
            }}
          >
            {t('holidays.add')}
          </Button>
          {error ? (
            error.fields && error.fields.length > 0 ? (
              <Alert type="error" showIcon title={pick(error.message, language)} description={fieldLines(error).map((l) => <div key={l}>{l}</div>)} />
            ) : (
              <ErrorAlert error={error} />
            )
          ) : null}
        </Flex>
      </ConfigProvider>
    </Card>
  );
}
