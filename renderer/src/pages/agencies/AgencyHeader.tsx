import { Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgencyDetail } from '../../../../electron/contract/schemas/agencies';
import { AgencyKindTag } from './agency-kind';

/** Name, kind, active flag, parent and sub-units of the agency, with the edit button. */
export function AgencyHeader({ detail, onEdit }: { detail: AgencyDetail; onEdit: () => void }) {
  const { t } = useTranslation();
  const { agency, children } = detail;
  return (
    <Card size="small" data-testid="agency-header">
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="agency-name">
              {agency.name}
            </Typography.Title>
            <AgencyKindTag kind={agency.kind} />
            {agency.active ? (
              <Tag color="success">{t('agencies.active')}</Tag>
            ) : (
              <Tag data-testid="agency-inactive">{t('agencies.inactive')}</Tag>
            )}
          </Flex>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'short', label: t('agencies.col.shortName'), children: agency.shortName ?? '—' },
              {
                key: 'parent',
                label: t('agencies.col.parent'),
                children: agency.parentId ? <Link to={`/agencies/${agency.parentId}`}>{agency.parentName}</Link> : '—',
              },
              {
                key: 'children',
                label: t('agencies.view.children'),
                children:
                  children.length > 0 ? (
                    <Space size={4} wrap>
                      {children.map((c) => (
                        <Link key={c.id} to={`/agencies/${c.id}`}>
                          {c.name}
                        </Link>
                      ))}
                    </Space>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </Flex>
        <Button icon={<EditOutlined />} onClick={onEdit} data-testid="agency-edit">
          {t('common.edit')}
        </Button>
      </Flex>
    </Card>
  );
}
