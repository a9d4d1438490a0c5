/**
 * SQLite's WAL mode keeps its index in shared memory (the -shm file, memory-mapped), which only
 * works when every connection is on the same machine: on a network drive it can corrupt the
 * database (sqlite.org/wal.html, "WAL does not work over a network filesystem"). So the data
 * folder must be on a local disk. Node has no GetDriveType, so this is what can be known cheaply:
 * - Windows: UNC paths (\\server\share\…, including \\?\UNC\…) are network paths. A drive letter
 *   mapped to a share (Z:) cannot be recognised from the path alone; the caller passes what
 *   `fs.statfsSync` reports where it can, and otherwise it is not detected (README: limits).
 * - Linux: `fs.statfsSync(dir).type` is the filesystem's magic number (statfs(2)); NFS, SMB/CIFS
 *   and SMB2 are refused. FUSE mounts (sshfs, rclone) cannot be told apart from local FUSE
 *   filesystems by the number, so they are let through.
 * - macOS: statfs type numbers are not stable across releases, so only the path rule applies.
 */
export const NETWORK_FS_MAGIC: Record<number, string> = {
  0x6969: 'NFS',
  0x517b: 'SMB',
  0xff534d42: 'CIFS',
  0xfe534d42: 'SMB2',
};

export interface DriveFacts {
  platform: NodeJS.Platform;
  /** The data folder as the user gave it (absolute). */
  dir: string;
  /** statfs(2) type of the folder (or its nearest existing parent), when known. */
  fsType?: number | undefined;
}

/** Null for a local folder; otherwise what kind of network location it is. */
export function networkLocation(facts: DriveFacts): string | null {
  const dir = facts.dir;
  if (facts.platform === 'win32') {
    if (/^\\\\\?\\UNC\\/i.test(dir)) return 'UNC';
    if (/^[\\/]{2}[^\\/?.]/.test(dir)) return 'UNC';
    return null;
  }
  if (facts.platform === 'linux' && facts.fsType !== undefined) {
    return NETWORK_FS_MAGIC[facts.fsType >>> 0] ?? null;
  }
  return null;
}
