import { readFileSync } from 'node:fs';

/**
 * What tells one process from another that later gets the same pid: the boot it runs in
 * and the moment it started (clock ticks since boot). Linux only; undefined elsewhere.
 */
export interface ProcessIdentity {
  bootId: string;
  startTicks: string;
}

function readBootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * When the process started, from field 22 of /proc/<pid>/stat. The second field (the
 * program's name, in parentheses) may itself hold spaces and parentheses, so fields are
 * counted after its last ')'.
 */
function readStartTicks(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fieldsAfterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Field 3 (state) is the first after the name, so field 22 is at index 22 - 3.
    return fieldsAfterName[22 - 3] || undefined;
  } catch {
    return undefined;
  }
}

/** The identity of a running process, or undefined when it does not run or /proc is missing. */
export function identityOf(pid: number): ProcessIdentity | undefined {
  const bootId = readBootId();
  const startTicks = readStartTicks(pid);
  return bootId && startTicks ? { bootId, startTicks } : undefined;
}
