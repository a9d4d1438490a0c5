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
  return (
    <Tag color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {t(`agencies.kind.${kind}`)}
    </Tag>
  );
}
