import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/registry';
import { newSession } from '../../../electron/core/session';
import { memoryCore } from '../helpers/core';

const CENTER = { centerName: '甲市行政争议化解中心', level: 'city', courtName: '甲市中级人民法院', operatorName: '李秘书' };

describe('first-run setup with a password', () => {
  it('refuses a first operator who is not an administrator, naming the role field, and sets nothing up', async () => {
    const core = await memoryCore();
    const result = await dispatch(core, newSession(), 'setup.complete', { ...CENTER, operatorRole: 'secretary', operatorPassword: 'correct horse 1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'operatorRole' }] } });
    expect(await dispatch(core, newSession(), 'setup.status', {})).toEqual({ ok: true, value: { needsSetup: true } });
    expect(core.sqlite.prepare('SELECT count(*) AS n FROM operators').get()).toEqual({ n: 0 });
    core.close();
  });

  it('accepts an administrator with a password', async () => {
    const core = await memoryCore();
    const result = await dispatch(core, newSession(), 'setup.complete', { ...CENTER, operatorRole: 'administrator', operatorPassword: 'correct horse 1' });
    expect(result.ok).toBe(true);
    core.close();
  });
});
