import { describe, expect, it } from 'vitest';
import { networkLocation } from '../../../electron/core/backup/network-drive';
import { assertLocalDataDir } from '../../../electron/core/backup/drive-check';
import { CoreError } from '../../../electron/core/errors';
import { tempDir } from '../helpers/core';

describe('a data folder on a network drive', () => {
  it.each([
    ['\\\\server\\share\\ADR Desk', 'UNC'],
    ['//server/share/ADR Desk', 'UNC'],
    ['\\\\?\\UNC\\server\\share\\ADR Desk', 'UNC'],
  ])('Windows: %s is a network path', (dir, kind) => {
    expect(networkLocation({ platform: 'win32', dir })).toBe(kind);
  });

  it.each(['C:\\Users\\张三\\AppData\\Roaming\\ADR Desk', '\\\\?\\C:\\data\\ADR Desk', '\\\\.\\C:\\data', 'D:/adr'])(
    'Windows: %s is local',
    (dir) => {
      expect(networkLocation({ platform: 'win32', dir })).toBeNull();
    },
  );

  it.each([
    [0x6969, 'NFS'],
    [0x517b, 'SMB'],
    [0xff534d42, 'CIFS'],
    [-0xacb2be, 'CIFS'], // the same magic as a signed 32-bit number
    [0xfe534d42, 'SMB2'],
  ])('Linux: statfs type %d is %s', (fsType, kind) => {
    expect(networkLocation({ platform: 'linux', dir: '/mnt/share', fsType })).toBe(kind);
  });

  it.each([0xef53 /* ext4 */, 0x01021994 /* tmpfs */, 0x65735546 /* FUSE: not told apart */, 0x58465342 /* xfs */])(
    'Linux: statfs type %d is local',
    (fsType) => {
      expect(networkLocation({ platform: 'linux', dir: '/home/a', fsType })).toBeNull();
    },
  );

  it('Linux without a statfs type, and macOS paths, are not refused', () => {
    expect(networkLocation({ platform: 'linux', dir: '/mnt/x' })).toBeNull();
    expect(networkLocation({ platform: 'darwin', dir: '/Volumes/share' })).toBeNull();
  });

  it('refuses a UNC data folder with DB_NETWORK_DRIVE and accepts a local temp folder (also one not yet created)', () => {
    const refused = (() => {
      try {
        assertLocalDataDir('\\\\nas\\adr', 'win32');
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(CoreError);
    expect((refused as CoreError).code).toBe('DB_NETWORK_DRIVE');
    expect((refused as CoreError).params.dir).toBe('\\\\nas\\adr');
    expect(() => assertLocalDataDir(`${tempDir()}/not/yet/there`, 'linux')).not.toThrow();
  });
});
