import { useEffect, useMemo, useState } from 'react';
import { App, Button, Flex, Form, Input, Select, Tag, Typography, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { INVITEE_KINDS, INVITEE_ROLES } from '../../../../../electron/contract/schemas/meetings';
import { useMeetingsStore, useReferenceStore } from '../../../stores/stores';
import type { CaseParty } from '../../../stores/meetings-store';
import type { AgendaRow, InviteeRow, MeetingFormValues } from '../meeting-form-values';
import { ContactSelect } from '../../tasks/ContactSelect';

const INVITEE_COLOR: Record<InviteeRow['kind'], string> = {
  staff: 'blue',
  agency_contact: 'geekblue',
  court_staff: 'purple',
  party: 'gold',
};

interface PartyOption {
  value: string;
  label: string;
}

/** The parties of the agenda's cases, fetched per case as cases are added to the agenda. */
function useAgendaParties(agenda: AgendaRow[] | undefined): { options: PartyOption[]; parties: (CaseParty & { caseLabel: string })[] } {
  const caseParties = useMeetingsStore((s) => s.caseParties);
  const [byCase, setByCase] = useState<Record<string, CaseParty[]>>({});
  const cases = useMemo(() => {
    const seen = new Map<string, string>();
    for (const a of agenda ?? []) if (a?.caseId && !seen.has(a.caseId)) seen.set(a.caseId, a.caseLabel ?? '');
    return [...seen.entries()];
  }, [agenda]);
  const key = cases.map(([id]) => id).join(',');

  useEffect(() => {
    let live = true;
    for (const [id] of cases) {
      if (id in byCase) continue;
      caseParties(id)
        .then((parties) => {
          if (live) setByCase((prev) => ({ ...prev, [id]: parties }));
        })
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
    // `key` stands for `cases`; byCase is read, not followed (it only grows).
  }, [key, caseParties]);

  const parties = cases.flatMap(([id, label]) => (byCase[id] ?? []).map((p) => ({ ...p, caseLabel: label.split(' ')[0] ?? '' })));
  return { parties, options: parties.map((p) => ({ value: p.id, label: p.caseLabel ? `${p.name}（${p.caseLabel}）` : p.name })) };
}

/**
 * Who is invited: staff, agency contacts, court staff by name, and the parties of the agenda's
 * cases, each with a role (chair, required, optional, for information). Rows already saved show
 * their person; new rows pick one.
 */
export function InviteesEditor({ form }: { form: FormInstance<MeetingFormValues> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const operators = useReferenceStore((s) => s.operators);
  const agencies = useReferenceStore((s) => s.agencies);
  const agenda = Form.useWatch('agenda', { form, preserve: true });
  const rows = Form.useWatch('invitees', { form, preserve: true });
  const { options: partyOptions, parties } = useAgendaParties(agenda);

  const roleOptions = INVITEE_ROLES.map((r) => ({ value: r, label: t(`meetings.inviteeRole.${r}`) }));

  function addParties(add: (row: InviteeRow) => void) {
    const invited = new Set((form.getFieldValue('invitees') as InviteeRow[] | undefined)?.map((r) => r.partyId).filter(Boolean));
    const fresh = parties.filter((p) => !invited.has(p.id));
    for (const p of fresh) add({ kind: 'party', partyId: p.id, role: 'required' });
    void message.info(fresh.length ? t('meetings.invitees.partiesAdded', { count: fresh.length }) : t('meetings.invitees.noNewParties'));
  }

  return (
    <Form.List name="invitees">
      {(fields, { add, remove }) => (
        <Flex vertical gap={6} data-testid="invitees-editor">
          {fields.length === 0 ? <Typography.Text type="secondary">{t('meetings.invitees.empty')}</Typography.Text> : null}
          {fields.map((field) => {
            const row = rows?.[field.name];
            if (!row) return null;
            const label = t(`meetings.inviteeKind.${row.kind}`);
            return (
              <Flex key={field.key} gap={8} align="flex-start" data-testid="invitee-row">
                <Tag color={INVITEE_COLOR[row.kind]} className="adr-invitee-kind">
                  {label}
                </Tag>
                <Flex gap={8} flex={1} wrap className="adr-invitee-person">
                  {row.existing ? (
                    <Typography.Text className="adr-invitee-name">
                      {row.name}
                      {row.agencyName ? <Typography.Text type="secondary">（{row.agencyName}）</Typography.Text> : null}
                    </Typography.Text>
                  ) : row.kind === 'staff' ? (
                    <Form.Item name={[field.name, 'operatorId']} className="adr-row-item" rules={[{ required: true, message: t('meetings.invitees.staffPlaceholder') }]}>
                      <Select
                        aria-label={t('meetings.invitees.staff')}
                        className="adr-invitee-picker"
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder={t('meetings.invitees.staffPlaceholder')}
                        options={operators.map((o) => ({ value: o.id, label: o.name }))}
                      />
                    </Form.Item>
                  ) : row.kind === 'agency_contact' ? (
                    <>
                      <Form.Item name={[field.name, 'agencyId']} className="adr-row-item">
                        <Select
                          aria-label={t('meetings.invitees.agency')}
                          className="adr-invitee-picker"
                          showSearch={{ optionFilterProp: 'label' }}
                          placeholder={t('meetings.invitees.agencyPlaceholder')}
                          options={agencies.map((a) => ({ value: a.id, label: a.name }))}
                          onChange={() => form.setFieldValue(['invitees', field.name, 'contactId'], null)}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'contactId']} className="adr-row-item" rules={[{ required: true, message: t('tasks.form.contactPlaceholder') }]}>
                        <ContactSelect aria-label={t('meetings.invitees.contact')} agencyId={row.agencyId ?? null} />
                      </Form.Item>
                    </>
                  ) : row.kind === 'court_staff' ? (
                    <Form.Item
                      name={[field.name, 'name']}
                      className="adr-row-item"
                      rules={[{ required: true, whitespace: true, message: t('meetings.invitees.courtNamePlaceholder') }, { max: 60 }]}
                    >
                      <Input aria-label={t('meetings.invitees.courtName')} className="adr-invitee-picker" placeholder={t('meetings.invitees.courtNamePlaceholder')} />
                    </Form.Item>
                  ) : (
                    <Form.Item name={[field.name, 'partyId']} className="adr-row-item" rules={[{ required: true, message: t('meetings.invitees.partyPlaceholder') }]}>
                      <Select
                        aria-label={t('meetings.invitees.party')}
                        className="adr-invitee-picker"
                        placeholder={partyOptions.length ? t('meetings.invitees.partyPlaceholder') : t('meetings.invitees.noParties')}
                        options={partyOptions}
                      />
                    </Form.Item>
                  )}
                </Flex>
                <Form.Item name={[field.name, 'role']} className="adr-row-item">
                  <Select aria-label={t('meetings.invitees.role')} className="adr-invitee-role" options={roleOptions} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={`${t('meetings.invitees.remove')} ${row.name ?? label}`}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            );
          })}
          <Flex gap={6} wrap>
            {INVITEE_KINDS.map((kind) => (
              <Button key={kind} size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind, role: 'required' })} data-testid={`invitee-add-${kind}`}>
                {t(`meetings.inviteeKind.${kind}`)}
              </Button>
            ))}
            <Button size="small" icon={<TeamOutlined />} disabled={parties.length === 0} onClick={() => addParties(add)} data-testid="invitee-add-parties">
              {t('meetings.invitees.addParties')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}
