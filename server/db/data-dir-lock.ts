/**
 * PGlite is one process's database: a second process opening the same data folder would corrupt it.
 * The folder's lock file names the process holding it; a lock left by a process that died is taken over.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirBusyError extends Error {}

export function holdDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(
    dataDir,
    '..',
    `${dataDir
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop()}.lock`,
  );
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8'));
      if (alive(pid)) {
        throw new DataDirBusyError(
          `${dataDir} is in use by process ${pid} (a running team server?): stop it first, or use --database.`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new DataDirBusyError(`could not lock ${dataDir}`);
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
