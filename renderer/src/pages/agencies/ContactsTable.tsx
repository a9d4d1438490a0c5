import { useState, type HTMLAttributes } from 'react';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../electron/contract/schemas/agencies';
import { ContactFormModal } from './ContactFormModal';

/** 联系人: the agency's contacts (head first as the core sends them), with add and edit. */
export function ContactsTable({ agencyId, contacts }: { agencyId: string; contacts: Contact[] }) {
  const { t } = useTranslation();
  // null contact = a new one; undefined = the modal is closed.
  const [editing, setEditing] = useState<Contact | null | undefined>(undefined);
  return (
    <Flex vertical gap={8} data-testid="agency-contacts">
      <Flex justify="flex-end">
        <Button icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="contact-new">
          {t('agencies.contacts.add')}
        </Button>
      </Flex>
      <Table<Contact>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={contacts}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('agencies.contacts.empty') }}
        onRow={(c) => ({ 'data-testid': `contact-row-${c.name}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'name',
            dataIndex: 'name',
            title: t('agencies.contacts.name'),
            width: 140,
            render: (name: string, c) => (
              <Flex gap={4} align="center" wrap>
                <Typography.Text type={c.active ? undefined : 'secondary'} delete={!c.active}>
                  {name}
                </Typography.Text>
                {c.isHead ? <Tag color="gold">{t('agencies.contacts.head')}</Tag> : null}
              </Flex>
            ),
          },
          { key: 'title', dataIndex: 'title', title: t('agencies.contacts.title'), width: 160, ellipsis: true, render: (v: string | null) => v ?? '—' },
          {
            key: 'phones',
            dataIndex: 'phones',
            title: t('agencies.contacts.phones'),
            width: 220,
            render: (phones: string[]) =>
              phones.length > 0 ? (
                <Flex gap={4} wrap>
                  {phones.map((p) => (
                    <Tag key={p} style={{ marginInlineEnd: 0 }}>
                      {p}
                    </Tag>
                  ))}
                </Flex>
              ) : (
                '—'
              ),
          },
          { key: 'email', dataIndex: 'email', title: t('agencies.contacts.email'), width: 180, ellipsis: true, render: (v: string | null) => v ?? '—' },
          { key: 'notes', dataIndex: 'notes', title: t('agencies.contacts.notes'), ellipsis: true, render: (v: string | null) => v ?? '—' },
          {
            key: 'active',
            dataIndex: 'active',
            title: t('agencies.form.active'),
            width: 70,
            render: (a: boolean) => (a ? t('agencies.yes') : <Typography.Text type="secondary">{t('agencies.no')}</Typography.Text>),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 80,
            fixed: 'right',
            render: (_: unknown, c) => (
              <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(c)} aria-label={t('agencies.contacts.editNamed', { name: c.name })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <ContactFormModal agencyId={agencyId} contact={editing} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}
