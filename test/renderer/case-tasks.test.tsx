import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { Client } from '../../renderer/src/client/client';
import { inProcessTransport } from '../helpers/in-process-transport';
import { chooseOption, renderApp } from './helpers';
import { demoCore, registerCase } from './case-fixtures';
import { FIRST_LOAD, findDialog } from './dialogs';

/** A freshly registered case (respondent: the first agency), with the case page's 协调事项 tab open. */
async function caseWithTasksTab(core: Core) {
  const created = await registerCase(new Client(inProcessTransport(core)));
  window.location.hash = `#/cases/${created.id}?tab=tasks`;
  const view = renderApp(core);
  await screen.findByTestId('case-tasks', {}, FIRST_LOAD);
  return { ...view, created };
}

async function openCreateForm(user: ReturnType<typeof userEvent.setup>, caseNumber: string) {
  await user.click(screen.getByTestId('task-new'));
  return findDialog(`新建协调事项 · ${caseNumber}`);
}

async function setDate(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, date: string) {
  await user.click(input);
  await user.clear(input);
  await user.type(input, `${date}{enter}`);
}

function taskRow(core: Core, caseId: string) {
  return core.sqlite.prepare('SELECT * FROM coordination_tasks WHERE case_id = ?').get(caseId) as
    | { id: string; status: string; due_on: string; sent_on: string; contact_id: string | null; acknowledged_on: string | null; reply_text: string | null; replied_on: string | null }
    | undefined;
}

describe('coordination tasks on the case page', () => {
  it('the due date is previewed in working days on the holiday calendar, across the National Day break', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const { created, client } = await caseWithTasksTab(core);
    const dialog = await openCreateForm(user, created.caseNumber);

    // Sent on Tuesday 29 September 2026: 30 Sept is a working day, 1–7 October are the holiday.
    await setDate(user, within(dialog).getByLabelText('交办日期'), '2026-09-29');
    const days = within(dialog).getByLabelText('办理时限');
    await user.clear(days);
    await user.type(days, '3');
    const expected = await client.call('tasks.dueDate', { sentOn: '2026-09-29', workingDays: 3 });
    expect(expected.dueOn).toBe('2026-10-09');
    await waitFor(() => expect(within(dialog).getByTestId('due-preview')).toHaveTextContent('按节假日安排，截止 2026年10月9日（星期五）'));

    // Five working days reach Monday 12 October, past the makeup Saturday (10 October).
    await user.clear(days);
    await user.type(days, '5');
    const five = await client.call('tasks.dueDate', { sentOn: '2026-09-29', workingDays: 5 });
    await waitFor(() => expect(within(dialog).getByTestId('due-preview')).toHaveTextContent(`截止 ${five.dueOn.slice(0, 4)}年${Number(five.dueOn.slice(5, 7))}月${Number(five.dueOn.slice(8))}日`));
    core.close();
  });

  it('refuses a task without a request, then sends one, records the acknowledgement and the reply, and the task leaves the open filter', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const { created, client } = await caseWithTasksTab(core);
    const detail = await client.call('cases.get', { id: created.id });
    const respondent = detail.agencies.find((a) => a.role === 'respondent')!;
    const agency = await client.call('agencies.get', { id: respondent.agencyId });
    const contact = agency.contacts.find((c) => c.active)!;
    const due = await client.call('tasks.dueDate', { sentOn: '2026-11-27', workingDays: 5 });

    const dialog = await openCreateForm(user, created.caseNumber);
    await user.click(screen.getByTestId('task-create-submit'));
    expect(await within(dialog).findByText('请填写交办事项')).toBeInTheDocument();
    expect(taskRow(core, created.id)).toBeUndefined();

    // The respondent agency is proposed; its contacts are offered once it is chosen.
    expect(within(dialog).getByTitle(`${respondent.name}（被申请人）`)).toBeInTheDocument();
    await chooseOption(user, within(dialog).getByLabelText('联系人'), new RegExp(`^${contact.name}`));
    await user.type(within(dialog).getByLabelText('交办事项'), '请于期限内书面说明房屋征收补偿标准的依据，并提供评估报告。');
    await waitFor(() => expect(within(dialog).getByTestId('due-preview')).toHaveTextContent('按节假日安排，截止'));
    await user.click(screen.getByTestId('task-create-submit'));

    await waitFor(() => expect(taskRow(core, created.id)).toBeDefined());
    const stored = taskRow(core, created.id)!;
    expect(stored).toMatchObject({ status: 'sent', sent_on: '2026-11-27', due_on: due.dueOn, contact_id: contact.id });
    const list = screen.getByTestId('case-tasks');
    const row = await within(list).findByTestId(`task-row-${stored.id}`);
    expect(within(row).getByTestId('task-state-tag')).toHaveTextContent('已发送');
    expect(row).toHaveTextContent(due.dueOn);

    await user.click(within(row).getByTestId('task-action-acknowledge'));
    await findDialog(`签收 · ${respondent.name}`);
    await user.click(screen.getByTestId('task-action-submit'));
    await waitFor(() => expect(within(screen.getByTestId(`task-row-${stored.id}`)).getByTestId('task-state-tag')).toHaveTextContent('已签收'));
    expect(taskRow(core, created.id)!.acknowledged_on).toBe('2026-11-27');

    await user.click(within(screen.getByTestId(`task-row-${stored.id}`)).getByTestId('task-action-reply'));
    const reply = await findDialog(`录入答复 · ${respondent.name}`);
    await user.type(within(reply).getByLabelText('答复内容'), '已报送书面说明及评估报告，共12页。');
    await user.click(screen.getByTestId('task-action-submit'));
    await waitFor(() => expect(within(screen.getByTestId(`task-row-${stored.id}`)).getByTestId('task-state-tag')).toHaveTextContent('已答复'));
    expect(taskRow(core, created.id)).toMatchObject({ status: 'answered', reply_text: '已报送书面说明及评估报告，共12页。', replied_on: '2026-11-27' });

    await user.click(within(list).getByTestId('task-filter-open'));
    await waitFor(() => expect(within(list).queryByTestId(`task-row-${stored.id}`)).not.toBeInTheDocument());
    expect(within(list).getByTestId('tasks-empty')).toHaveTextContent('没有待办的协调事项');
    await user.click(within(list).getByTestId('task-filter-answered'));
    expect(await within(list).findByTestId(`task-row-${stored.id}`)).toBeInTheDocument();
    core.close();
  });
});
