import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { chooseOption, renderApp } from './helpers';
import { BAD_RESIDENT_ID, GOOD_RESIDENT_ID, demoCore } from './case-fixtures';

function caseCount(core: Core): number {
  return core.sqlite.prepare('SELECT count(*) FROM cases').pluck().get() as number;
}

function formItem(label: string): HTMLElement {
  return screen.getByText(label, { selector: 'label' }).closest('.ant-form-item') as HTMLElement;
}

/** Fills every required field of the intake form; the resident ID and court number as given. */
async function fillIntake(user: ReturnType<typeof userEvent.setup>, core: Core, opts: { idNumber: string; courtNumber?: string }) {
  const agency = core.sqlite.prepare('SELECT name FROM agencies WHERE deleted_at IS NULL ORDER BY name LIMIT 1').pluck().get() as string;
  await screen.findByTestId('page-case-new');
  await user.type(screen.getByLabelText('案件名称'), '李某诉某区人社局工伤认定争议');
  await chooseOption(user, '案件来源', '当事人申请');
  if (opts.courtNumber) await user.type(screen.getByLabelText('法院案号'), opts.courtNumber);
  await chooseOption(user, '争议类型', '劳动和社会保障');
  const received = screen.getByLabelText('收案日期');
  await user.clear(received);
  await user.type(received, '2026-11-20{enter}');
  await user.type(screen.getByLabelText('姓名或名称'), '李测试');
  await user.type(screen.getByLabelText('证件号码'), opts.idNumber);
  // The option reads "name（short name）" when the agency has a short name.
  await chooseOption(user, '单位', new RegExp(`^${agency}`), agency.slice(0, 4));
}

describe('the intake form', () => {
  it('refuses a resident ID number with a wrong check digit before sending anything', async () => {
    const core = await demoCore();
    const before = caseCount(core);
    const user = userEvent.setup();
    window.location.hash = '#/cases/new';
    renderApp(core);

    await fillIntake(user, core, { idNumber: BAD_RESIDENT_ID });
    await user.click(screen.getByTestId('case-submit'));

    expect(await within(formItem('证件号码')).findByText('居民身份证号码校验位不正确，请核对')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByTestId('page-case-new')).toBeInTheDocument();
    expect(caseCount(core)).toBe(before);
    core.close();
  });

  it('warns (without blocking) while no art. 60 mediable ground is ticked', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/cases/new';
    renderApp(core);

    expect(await screen.findByTestId('mediability-warning')).toHaveTextContent('第六十条');
    await user.click(screen.getByLabelText('行政补偿'));
    await waitFor(() => expect(screen.queryByTestId('mediability-warning')).not.toBeInTheDocument());
    core.close();
  });

  it('shows the core’s refusal of a court number already in use on the court-number field', async () => {
    const core = await demoCore();
    const holder = core.sqlite
      .prepare('SELECT case_number, court_number FROM cases WHERE court_number IS NOT NULL LIMIT 1')
      .get() as { case_number: string; court_number: string };
    const taken = holder.court_number;
    const before = caseCount(core);
    const user = userEvent.setup();
    window.location.hash = '#/cases/new';
    renderApp(core);

    await fillIntake(user, core, { idNumber: GOOD_RESIDENT_ID, courtNumber: taken });
    await user.click(screen.getByTestId('case-submit'));

    const item = formItem('法院案号');
    await waitFor(() => expect(item.querySelector('.ant-form-item-explain-error')).not.toBeNull());
    // The core names the case that holds the number.
    expect(item.querySelector('.ant-form-item-explain-error')).toHaveTextContent(holder.case_number);
    expect(screen.getByTestId('page-case-new')).toBeInTheDocument();
    expect(caseCount(core)).toBe(before);
    core.close();
  });

  it('registers the case and opens its page under its new case number', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/cases/new';
    renderApp(core);

    await fillIntake(user, core, { idNumber: GOOD_RESIDENT_ID });
    await user.click(screen.getByLabelText('行政赔偿'));
    await user.click(screen.getByTestId('case-submit'));

    const page = await screen.findByTestId('page-case');
    const row = core.sqlite
      .prepare("SELECT id, case_number, received_on FROM cases WHERE title = '李某诉某区人社局工伤认定争议'")
      .get() as { id: string; case_number: string; received_on: string };
    expect(row.received_on).toBe('2026-11-20');
    expect(window.location.hash).toBe(`#/cases/${row.id}`);
    expect(await within(page).findByTestId('case-number')).toHaveTextContent(row.case_number);
    const party = core.sqlite.prepare('SELECT name, id_number FROM parties WHERE case_id = ?').get(row.id);
    expect(party).toEqual({ name: '李测试', id_number: GOOD_RESIDENT_ID });
    core.close();
  });
});
