import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { promptPassword } from '../../../electron/cli/password-prompt';

/** A terminal stand-in: raw-mode switches recorded, keys pushed by the test. */
function fakeTerminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true, rawModes: [] as boolean[] }) as PassThrough & { isTTY: boolean; rawModes: boolean[]; setRawMode(m: boolean): unknown };
  input.setRawMode = (mode: boolean) => {
    input.rawModes.push(mode);
    return input;
  };
  const written: string[] = [];
  const output = { write: (s: string) => void written.push(s) };
  return { input, output, written };
}

describe('the password prompt', () => {
  it('reads keys without echoing them, honours Backspace, and leaves raw mode on Enter', async () => {
    const t = fakeTerminal();
    const answer = promptPassword('Password: ', t.input as never, t.output as never);
    t.input.write('secrex\u007ft');
    t.input.write('-密码\r');
    expect(await answer).toBe('secret-密码');
    expect(t.written.join('')).toBe('Password: \n');
    expect(t.input.rawModes).toEqual([true, false]);
  });

  it('Ctrl-C gives up without a password', async () => {
    const t = fakeTerminal();
    const answer = promptPassword('Password: ', t.input as never, t.output as never);
    t.input.write('abc\u0003');
    expect(await answer).toBeNull();
    expect(t.input.rawModes).toEqual([true, false]);
  });
});
