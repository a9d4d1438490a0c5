import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseOption, renderApp } from './helpers';
import { demoCore } from './case-fixtures';
import { FIRST_LOAD, findDialog } from './dialogs';

const HEADER = '单位名称,简称,类型,上级单位,是否启用,联系人,职务,电话,电子邮箱,是否负责人,备注';

function csvFile(lines: string[], name = '单位名录.csv'): File {
  return new File([`${lines.join('\r\n')}\r\n`], name, { type: 'text/csv' });
}

function agencyCount(core: Awaited<ReturnType<typeof demoCore>>): number {
  return core.sqlite.prepare('SELECT count(*) FROM agencies').pluck().get() as number;
}

async function openWizard(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByTestId('agencies-import', {}, FIRST_LOAD));
  return screen.findByTestId('import-wizard');
}

function fileInput(wizard: HTMLElement): HTMLInputElement {
  return wizard.querySelector<HTMLInputElement>('input[type="file"]')!;
}

describe('the agency directory', () => {
  it('lists the active demo agencies with overdue tasks in red, and narrows by search and kind', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/agencies';
    const view = renderApp(core);
    const all = await view.client.call('agencies.list', {});
    const late = all.find((a) => a.overdueTasks > 0);
    // The demo data has overdue tasks; without one the red figure below would prove nothing.
    expect(late).toBeDefined();

    await waitFor(() => expect(screen.getByTestId('agency-count')).toHaveTextContent(`共 ${all.length} 个单位`), FIRST_LOAD);
    const row = screen.getByTestId(`agency-row-${late!.name}`);
    expect(within(row).getByTestId('agency-overdue')).toHaveTextContent(String(late!.overdueTasks));
    expect(within(row).getByTestId('agency-overdue')).toHaveClass('ant-typography-danger');

    await user.type(screen.getByLabelText('检索单位'), '海港{enter}');
    const harbour = all.filter((a) => a.name.includes('海港') || (a.shortName ?? '').includes('海港'));
    expect(harbour.length).toBeGreaterThan(1);
    await waitFor(() => expect(screen.getByTestId('agency-count')).toHaveTextContent(`共 ${harbour.length} 个单位`));
    expect(screen.getByTestId('agency-row-秦皇岛市海港区人民政府')).toBeInTheDocument();
    expect(screen.queryByTestId('agency-row-秦皇岛市司法局')).not.toBeInTheDocument();

    await chooseOption(user, '按类别筛选', '法院');
    await waitFor(() => expect(screen.getByTestId('agency-count')).toHaveTextContent('共 1 个单位'));
    expect(screen.getByTestId('agency-row-秦皇岛市海港区人民法院')).toBeInTheDocument();
    core.close();
  });

  it('creating an agency under a name already in the directory shows the core’s message on the name field', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/agencies';
    renderApp(core);
    const before = agencyCount(core);

    await user.click(await screen.findByTestId('agency-new', {}, FIRST_LOAD));
    const dialog = await findDialog('新建单位');
    await user.type(within(dialog).getByLabelText('单位名称'), '秦皇岛市司法局');
    await user.click(screen.getByTestId('agency-submit'));

    await waitFor(() => expect(within(dialog).getByText('名录中已有同名单位「秦皇岛市司法局」')).toBeInTheDocument());
    expect(within(dialog).getByLabelText('单位名称')).toHaveAttribute('aria-invalid', 'true');
    expect(agencyCount(core)).toBe(before);
    core.close();
  });

  it('a new agency with a parent appears in the directory', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/agencies';
    renderApp(core);

    await user.click(await screen.findByTestId('agency-new', {}, FIRST_LOAD));
    const dialog = await findDialog('新建单位');
    await user.type(within(dialog).getByLabelText('单位名称'), '秦皇岛市海港区司法局');
    await user.type(within(dialog).getByLabelText('简称'), '海港区司法局');
    await chooseOption(user, within(dialog).getByLabelText('单位类别'), '政府部门');
    await chooseOption(user, within(dialog).getByLabelText('上级单位'), '秦皇岛市海港区人民政府', '海港区人民');
    await user.click(screen.getByTestId('agency-submit'));
    await waitFor(() => expect(core.sqlite.prepare("SELECT count(*) FROM agencies WHERE name = '秦皇岛市海港区司法局'").pluck().get()).toBe(1));

    await user.type(screen.getByLabelText('检索单位'), '海港区司法{enter}');
    const row = await screen.findByTestId('agency-row-秦皇岛市海港区司法局');
    expect(row).toHaveTextContent('海港区司法局');
    expect(row).toHaveTextContent('政府部门');
    expect(row).toHaveTextContent('秦皇岛市海港区人民政府');
    core.close();
  });
});

describe('the import wizard', () => {
  it('a file with a duplicate name and an unknown kind lists the refused rows and keeps the import button disabled', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/agencies';
    renderApp(core);
    const before = agencyCount(core);

    const wizard = await openWizard(user);
    await user.upload(
      fileInput(wizard),
      csvFile([
        HEADER,
        '秦皇岛市海港区教育局,海港区教育局,政府部门,秦皇岛市海港区人民政府,是,,,,,,',
        '秦皇岛市司法局,,成员单位,,是,,,,,,',
        '秦皇岛市海港区卫生健康局,,卫生系统,,是,,,,,,',
      ]),
    );

    const rejected = await screen.findByTestId('import-rejected');
    expect(within(rejected).getByText('第 3 行')).toBeInTheDocument();
    expect(within(rejected).getByText('第 4 行')).toBeInTheDocument();
    expect(rejected).toHaveTextContent('秦皇岛市司法局');
    expect(screen.getByTestId('import-rows')).toHaveTextContent('秦皇岛市海港区教育局');
    expect(screen.getByTestId('import-submit')).toBeDisabled();
    expect(agencyCount(core)).toBe(before);
    core.close();
  });

  it('a good CSV is previewed, then imported, and the directory grows by its rows', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/agencies';
    const view = renderApp(core);
    const before = (await view.client.call('agencies.list', {})).length;
    await waitFor(() => expect(screen.getByTestId('agency-count')).toHaveTextContent(`共 ${before} 个单位`), FIRST_LOAD);

    const wizard = await openWizard(user);
    await user.upload(
      fileInput(wizard),
      csvFile([
        HEADER,
        '秦皇岛市海港区教育局,海港区教育局,政府部门,秦皇岛市海港区人民政府,是,赵某,局长,13800000011,,是,',
        '秦皇岛市海港区卫生健康局,海港区卫健局,政府部门,秦皇岛市海港区人民政府,是,钱某,法规科科长,0335-3000011,,否,',
      ]),
    );

    await waitFor(() => expect(screen.getByTestId('import-rows')).toHaveTextContent('秦皇岛市海港区卫生健康局'));
    expect(screen.queryByTestId('import-rejected')).not.toBeInTheDocument();
    const submit = screen.getByTestId('import-submit');
    expect(submit).toHaveTextContent('导入 2 个单位');
    expect(submit).toBeEnabled();
    await user.click(submit);

    await waitFor(() => expect(screen.getByTestId('agency-count')).toHaveTextContent(`共 ${before + 2} 个单位`));
    // The virtualised table renders only the rows in view: search for the new one.
    await user.type(screen.getByLabelText('检索单位'), '教育局{enter}');
    expect(await screen.findByTestId('agency-row-秦皇岛市海港区教育局')).toHaveTextContent('秦皇岛市海港区人民政府');
    const contact = core.sqlite
      .prepare("SELECT c.name FROM agency_contacts c JOIN agencies a ON a.id = c.agency_id WHERE a.name = '秦皇岛市海港区教育局'")
      .pluck()
      .get();
    expect(contact).toBe('赵某');
    core.close();
  });
});

describe('the agency view', () => {
  it('shows the agency’s figures, contacts and cases (in English)', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.localStorage.setItem('adr.language', 'en');
    const view = renderApp(core);
    const agencies = await view.client.call('agencies.list', {});
    const busiest = [...agencies].sort((a, b) => b.openTasks - a.openTasks || b.cases - a.cases)[0]!;
    const detail = await view.client.call('agencies.get', { id: busiest.id });
    expect(detail.figures.openTasks).toBeGreaterThan(0);
    window.location.hash = `#/agencies/${busiest.id}`;

    expect(await screen.findByTestId('agency-name', {}, FIRST_LOAD)).toHaveTextContent(busiest.name);
    const tasks = screen.getByTestId('figure-tasks');
    expect(tasks).toHaveTextContent('Open tasks');
    expect(tasks).toHaveTextContent(String(detail.figures.openTasks));
    const cases = screen.getByTestId('figure-cases');
    expect(cases).toHaveTextContent(String(detail.figures.casesByRole.reduce((n, r) => n + r.count, 0)));
    expect(screen.getByTestId('figure-appearance')).toHaveTextContent(`Head appearance rate ${detail.figures.year}`);
    expect(screen.getByTestId('figure-resolution')).toHaveTextContent(
      detail.figures.resolutionRate === null ? '—' : `${(detail.figures.resolutionRate * 100).toFixed(1)}%`,
    );

    const contacts = screen.getByTestId('agency-contacts');
    for (const c of detail.contacts) expect(within(contacts).getByTestId(`contact-row-${c.name}`)).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: /Cases/ }));
    const first = detail.cases[0]!;
    const link = (await screen.findAllByText(first.caseNumber))[0]!.closest('a');
    expect(link).toHaveAttribute('href', `#/cases/${first.caseId}`);
    core.close();
  });

  it('adding a contact with two phones lists it with both numbers', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const id = core.sqlite.prepare("SELECT id FROM agencies WHERE name = '秦皇岛市司法局'").pluck().get() as string;
    window.location.hash = `#/agencies/${id}`;
    renderApp(core);

    await user.click(await screen.findByTestId('contact-new', {}, FIRST_LOAD));
    const dialog = await findDialog('添加联系人');
    await user.type(within(dialog).getByLabelText('姓名'), '孙测试');
    await user.type(within(dialog).getByLabelText('职务'), '办公室主任');
    await user.type(within(dialog).getByLabelText('联系电话'), '0335-3100001{enter}13900000001{enter}');
    await user.click(screen.getByTestId('contact-submit'));

    const row = await screen.findByTestId('contact-row-孙测试');
    expect(row).toHaveTextContent('办公室主任');
    expect(row).toHaveTextContent('0335-3100001');
    expect(row).toHaveTextContent('13900000001');
    core.close();
  });
});
