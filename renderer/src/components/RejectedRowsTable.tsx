import { Table, Typography } from 'antd';
import type { Localized } from '../../../electron/contract/result';
import { pick } from '../lib/app-error';
import { useAppStore } from '../stores/stores';

export interface RejectedRow {
  row: number;
  reasons: Localized[];
}

interface Props {
  rejected: RejectedRow[];
  /** The heading, e.g. "3 行未通过检查". */
  title: string;
  /** Column headings and the row label ("第 3 行"), from the caller's area of the translations. */
  rowHeader: string;
  reasonsHeader: string;
  rowLabel: (n: number) => string;
  testId: string;
  height?: number;
}

/**
 * The refused rows of an import preview, each with its reasons in the UI language. Shared by
 * every import that previews (agency directory, court referrals and receipts), so a user reads
 * refusals the same way everywhere. Renders nothing when no row was refused.
 */
export function RejectedRowsTable({ rejected, title, rowHeader, reasonsHeader, rowLabel, testId, height = 240 }: Props) {
  const language = useAppStore((s) => s.language);
  if (rejected.length === 0) return null;
  return (
    <div data-testid={testId}>
      <Typography.Title level={5} type="danger" style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      <Table<RejectedRow>
        size="small"
        rowKey="row"
        pagination={false}
        scroll={{ y: height }}
        dataSource={rejected}
        columns={[
          { key: 'row', dataIndex: 'row', title: rowHeader, width: 100, render: (n: number) => rowLabel(n) },
          {
            key: 'reasons',
            dataIndex: 'reasons',
            title: reasonsHeader,
            render: (reasons: Localized[]) => (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {reasons.map((r) => (
                  <li key={r['zh-CN']}>{pick(r, language)}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </div>
  );
}
