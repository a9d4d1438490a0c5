import type { z } from 'zod';
import type { CaseCreateResultSchema, CaseIntake } from '../../contract/schemas/cases';
import type { FieldIssue } from '../../contract/result';
import { appendAudit, type Actor } from '../audit/audit-log';
import type { Core } from '../core';
import { qb } from '../db/query';
import { fieldErrors } from '../errors';
import { REGISTER_STEP_CODE, ensureCurrentTemplate } from '../workflow/template-service';
import { allocateCaseNumber } from './case-number';
import { auditParty, insertCaseAgency, insertParty, insertTransition } from './case-rows';
import {
  agencyIssues,
  amountCents,
  blankToNull,
  categoryIssues,
  coordinatorIssues,
  courtNumberIssues,
  courtNumberOf,
  mediabilityWarnings,
  normaliseParty,
  partyIssues,
  receivedOnIssues,
} from './intake-validation';

export type CaseCreateResult = z.infer<typeof CaseCreateResultSchema>;

/**
 * Registers a case (登记立案) from the intake form.
 *
 * Everything happens in ONE transaction begun with BEGIN IMMEDIATE: the checks that read
 * (court number still free), the case number (counter upsert) and the inserts. IMMEDIATE takes
 * the database write lock before the first read, so a second writer — another window, the CLI,
 * an import — waits (busy_timeout) instead of reading the same counter value; a deferred BEGIN
 * would let both read and then fail one of them with SQLITE_BUSY on upgrade. If anything fails the
 * counter rolls back with the case, so the sequence has no gaps.
 *
 * The case starts in 'intake' on the current workflow template version (created from the default
 * file if none is stored yet), with a 'create' transition and the 'register' step logged, which is
 * what a coordinator expects to see ticked after registering.
 */
export function createCase(core: Core, actor: Actor, input: CaseIntake): CaseCreateResult {
  const run = core.sqlite.transaction(() => {
    const today = core.today();
    const now = core.now();
    const parties = input.parties.map(normaliseParty);
    const courtNumber = courtNumberOf(input);
    const amount = amountCents(input.amountYuan);
    const issues: FieldIssue[] = [
      ...categoryIssues(core, input.categoryId),
      ...coordinatorIssues(core, input.coordinatorId),
      ...agencyIssues(core, input.agencies),
      ...partyIssues(parties, today, null),
      ...courtNumberIssues(core, courtNumber),
      ...receivedOnIssues(input.receivedOn, today),
      ...amount.issues,
    ];
    if (issues.length > 0) throw fieldErrors(issues);

    const template = ensureCurrentTemplate(core, now);
    const year = Number(input.receivedOn.slice(0, 4));
    const { caseNumber } = allocateCaseNumber(core, year);
    const id = core.newId();
    const flags = [...new Set(input.mediabilityFlags)];
    core.q.run(
      qb.insertInto('cases').values({
        id,
        case_number: caseNumber,
        court_number: courtNumber,
        title: input.title,
        source: input.source,
        category_id: input.categoryId,
        complexity: input.complexity,
        stage: 'intake',
        status: 'open',
        coordinator_id: input.coordinatorId ?? null,
        template_id: template.templateId,
        dispute_focus: blankToNull(input.disputeFocus),
        claims: blankToNull(input.claims),
        amount_cents: amount.cents,
        mediability_flags: JSON.stringify(flags),
        received_on: input.receivedOn,
        accepted_on: null,
        closed_on: null,
        outcome: null,
        outcome_summary: null,
        outcome_basis: null,
        is_typical: 0,
        notes: blankToNull(input.notes),
        deleted_at: null,
        created_at: now,
        updated_at: now,
      }),
    );
    const partyIds = parties.map((p) => insertParty(core, id, p, now));
    for (const a of input.agencies) insertCaseAgency(core, id, a.agencyId, a.role, now);
    insertTransition(core, { caseId: id, from: null, to: 'intake', kind: 'create', reason: '登记立案', operatorId: actor.operatorId, at: now });

    const register = template.steps.get(REGISTER_STEP_CODE);
    const activityId = core.newId();
    core.q.run(
      qb.insertInto('activities').values({
        id: activityId,
        case_id: id,
        step_id: register && register.stage === 'intake' ? register.id : null,
        stage: 'intake',
        occurred_at: now,
        place: null,
        participants: JSON.stringify(actor.operatorId ? [{ kind: 'staff', refId: actor.operatorId, name: actor.operatorName ?? '协调员' }] : []),
        description: `登记立案，案件编号 ${caseNumber}`,
        result: null,
        operator_id: actor.operatorId,
        deleted_at: null,
        created_at: now,
        updated_at: now,
      }),
    );

    const warnings = mediabilityWarnings(flags);
    appendAudit(core.q, actor, now, {
      action: 'case.create',
      entity: 'cases',
      entityId: id,
      detail: {
        caseNumber,
        title: input.title,
        source: input.source,
        courtNumber,
        categoryId: input.categoryId,
        complexity: input.complexity,
        coordinatorId: input.coordinatorId ?? null,
        receivedOn: input.receivedOn,
        mediabilityFlags: flags,
        parties: parties.map((p, i) => auditParty({ ...p, id: partyIds[i] })),
        agencies: input.agencies,
        templateId: template.templateId,
        templateCreated: template.created,
        registerActivityId: activityId,
        warnings: warnings.map((w) => w.code),
      },
    });
    return { id, caseNumber, warnings };
  });
  return run.immediate();
}
