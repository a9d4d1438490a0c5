import type { AgencyKind } from '../../contract/schemas/agencies';
import type { Localized } from '../../contract/result';
import type { AgencyRole } from '../db/schema';
import { t } from '../cases/messages';

/** The words for agency kinds and case roles where the core writes them (CLI, import template). */

export const KIND_LABEL: Record<AgencyKind, Localized> = {
  member_unit: t('成员单位', 'member unit'),
  district_government: t('区县政府', 'district/county government'),
  department: t('政府部门', 'department'),
  court: t('法院', 'court'),
  mediation_org: t('调解组织', 'mediation organisation'),
  other: t('其他', 'other'),
};

export const ROLE_LABEL: Record<AgencyRole, Localized> = {
  respondent: t('被申请人', 'respondent'),
  lead: t('牵头单位', 'lead'),
  supporting: t('配合单位', 'supporting'),
  related: t('相关单位', 'related'),
};
