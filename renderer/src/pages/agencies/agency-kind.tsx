import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgencyKind } from '../../../../electron/contract/schemas/agencies';

const KIND_COLORS: Record<AgencyKind, string> = {
  member_unit: 'blue',
  district_government: 'geekblue',
  department: 'cyan',
  court: 'purple',
  mediation_org: 'green',
  other: 'default',
};

/** The agency's kind (成员单位, 区县政府…) as a coloured tag, the same colour everywhere. */
export function AgencyKindTag({ kind }: { kind: AgencyKind }) {
  const { t } = useTranslation();
  const label = t(`agencies.kind.${kind}`);
  return (
    // Never wider than its table cell (English labels are long): cut with an ellipsis, full text on hover.
    <Tag
      color={KIND_COLORS[kind]}
      title={label}
      style={{ marginInlineEnd: 0, maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'middle' }}
    >
      {label}
    </Tag>
  );
}
