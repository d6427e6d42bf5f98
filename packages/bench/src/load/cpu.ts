import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

/**
 * CPU time used by the processes of a load test, read from /proc (Linux; elsewhere every figure
 * is null and the report leaves the columns empty). With the app, PostgreSQL and the load generator
 * sharing one machine, requests per second say little without where the CPU went: per request, how
 * much the app, the database and autocannon used, and how busy the whole machine was (other work
 * on it included).
 */

const TICK_MS = 10; // USER_HZ is 100 on every Linux that matters here

function processCpuMs(pid: number): number | null {
  try {
    // Fields after the command name, which may itself hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

function processGroup(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
  } catch {
    return null;
  }
}

function allPids(): number[] {
  try {
    return readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return [];
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0+/g, " ");
  } catch {
    return "";
  }
}

/** Which processes a figure counts: fixed ones, or found again at each reading. */
export type ProcessSet = () => number[];

/** The processes of the process group led by `pid` (a child started with `detached: true`). */
export const groupOf =
  (pid: number | undefined): ProcessSet =>
  () =>
    pid === undefined ? [] : allPids().filter((candidate) => processGroup(candidate) === pid);

/**
 * The PostgreSQL backends serving `database` on this machine (their process title reads
 * "postgres: … <user> <database> <address> <state>"); none when the server runs elsewhere.
 */
export const backendsOf =
  (database: string): ProcessSet =>
  () =>
    allPids().filter((pid) => commandLine(pid).includes(` ${database} `) && commandLine(pid).startsWith("postgres:"));

/** Busy and total CPU time of the whole machine, in milliseconds over all cores. */
function machineCpuMs(): { busy: number; total: number } | null {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const ticks = line.split(/\s+/).slice(1).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    const total = ticks.slice(0, 8).reduce((sum, value) => sum + value, 0);
    return { busy: (total - idle) * TICK_MS, total: total * TICK_MS };
  } catch {
    return null;
  }
}

export interface CpuReading {
  /** CPU milliseconds per named set, by process id (so that processes that came or went are handled). */
  sets: Record<string, Map<number, number>>;
  machine: { busy: number; total: number } | null;
}

export function readCpu(sets: Record<string, ProcessSet>): CpuReading {
  const reading: CpuReading = { sets: {}, machine: machineCpuMs() };
  for (const [name, set] of Object.entries(sets)) {
    const byPid = new Map<number, number>();
    for (const pid of set()) {
      const ms = processCpuMs(pid);
      if (ms !== null) byPid.set(pid, ms);
    }
    reading.sets[name] = byPid;
  }
  return reading;
}

export interface CpuUsed {
  /** CPU milliseconds each set used between the readings (a process that exited in between is not counted). */
  ms: Record<string, number>;
  /** Share of the machine's CPU (all cores) busy between the readings, and the part of it no set accounts for. */
  machineBusy: number | null;
  others: number | null;
  cores: number;
}

/** What each set used between two readings; `known` adds figures measured otherwise (a process that reports its own). */
export function cpuBetween(before: CpuReading, after: CpuReading, known: Record<string, number> = {}): CpuUsed {
  const ms: Record<string, number> = { ...known };
  for (const [name, byPid] of Object.entries(after.sets)) {
    let used = 0;
    for (const [pid, value] of byPid) used += value - (before.sets[name]?.get(pid) ?? 0);
    ms[name] = used;
  }
  let machineBusy: number | null = null;
  let others: number | null = null;
  if (before.machine && after.machine && after.machine.total > before.machine.total) {
    const total = after.machine.total - before.machine.total;
    const busy = after.machine.busy - before.machine.busy;
    machineBusy = busy / total;
    const accounted = Object.values(ms).reduce((sum, value) => sum + value, 0);
    others = Math.max(0, busy - accounted) / total;
  }
  return { ms, machineBusy, others, cores: os.cpus().length };
}
