import { Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import { useAppStore } from '../../stores/stores';
import { formatDate, formatYuan } from '../../lib/format';

type Party = CaseDetail['parties'][number];

const ROLE_COLORS = { respondent: 'red', lead: 'blue', supporting: 'cyan', related: 'default' } as const;

/** 基本信息: the intake record. ID numbers arrive masked from the core (PIPL). */
export function CaseInfoTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const text = (value: string | null) =>
    value ? <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{value}</Typography.Text> : '—';

  return (
    <Flex vertical gap={12}>
      <Card size="small" title={t('case.sectionCase')}>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'caseNumber', label: t('case.caseNumber'), children: detail.caseNumber },
            { key: 'courtNumber', label: t('intake.courtNumber'), children: detail.courtNumber ?? '—' },
            { key: 'source', label: t('intake.source'), children: t(`source.${detail.source}`) },
            { key: 'category', label: t('intake.category'), children: detail.category?.name ?? '—' },
            { key: 'complexity', label: t('intake.complexity'), children: t(`complexity.${detail.complexity}`) },
            { key: 'coordinator', label: t('intake.coordinator'), children: detail.coordinator?.name ?? '—' },
            { key: 'receivedOn', label: t('intake.receivedOn'), children: formatDate(detail.receivedOn) },
            { key: 'acceptedOn', label: t('case.acceptedOn'), children: formatDate(detail.acceptedOn) },
            { key: 'closedOn', label: t('case.closedOn'), children: formatDate(detail.closedOn) },
            { key: 'amount', label: t('intake.amount'), children: formatYuan(detail.amountYuan, language) },
            {
              key: 'mediability',
              label: t('intake.mediability'),
              span: 2,
              children:
                detail.mediabilityFlags.length > 0 ? (
                  detail.mediabilityFlags.map((f) => <Tag key={f}>{t(`mediability.${f}`)}</Tag>)
                ) : (
                  <Typography.Text type="warning">{t('case.noMediability')}</Typography.Text>
                ),
            },
            { key: 'focus', label: t('intake.disputeFocus'), span: 'filled', children: text(detail.disputeFocus) },
            { key: 'claims', label: t('intake.claims'), span: 'filled', children: text(detail.claims) },
            { key: 'notes', label: t('intake.notes'), span: 'filled', children: text(detail.notes) },
            ...(detail.outcome
              ? [
                  { key: 'outcome', label: t('case.outcome'), children: t(`outcome.${detail.outcome}`) },
                  { key: 'summary', label: t('case.summary'), span: 'filled' as const, children: text(detail.outcomeSummary) },
                  { key: 'basis', label: t('case.basis'), span: 'filled' as const, children: text(detail.outcomeBasis) },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('intake.sectionParties')}>
        <Table<Party>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={detail.parties}
          scroll={{ x: 800 }}
          columns={[
            { title: t('case.partyRole'), dataIndex: 'role', width: 90, render: (r: Party['role']) => t(`partyRole.${r}`) },
            { title: t('intake.partyName'), dataIndex: 'name', width: 180 },
            { title: t('intake.partyKind'), dataIndex: 'kind', width: 130, render: (k: Party['kind']) => t(`partyKind.${k}`) },
            {
              title: t('intake.idType'),
              dataIndex: 'idType',
              width: 130,
              render: (v: string | null) => (v ? t(`idType.${v}`, { defaultValue: v }) : '—'),
            },
            {
              title: t('intake.idNumber'),
              dataIndex: 'idNumber',
              width: 190,
              render: (v: string | null) => (v ? <Typography.Text style={{ fontFamily: 'monospace' }}>{v}</Typography.Text> : '—'),
            },
            { title: t('intake.phone'), dataIndex: 'phone', width: 130, render: (v: string | null) => v ?? '—' },
            { title: t('intake.address'), dataIndex: 'address', ellipsis: true, render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>
      <Card size="small" title={t('intake.sectionAgencies')}>
        <Flex gap={8} wrap>
          {detail.agencies.map((a) => (
            <Tag key={a.id} color={ROLE_COLORS[a.role]} style={{ padding: '2px 8px' }}>
              {a.name} · {t(`agencyRole.${a.role}`)}
            </Tag>
          ))}
        </Flex>
      </Card>
    </Flex>
  );
}
