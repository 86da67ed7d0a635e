// Core's memory after a coordinator's session: the built core (out/main/core.js, the file the
// app's utilityProcess and the test harness run) as a forked child speaking the same protocol,
// unlocks the cached benchmark register, then every screen's calls go through it once: the
// partner and mentoring lists page by page as their grids ask (first, last, sorted, searched),
// search, the audit and disclosure logs, the board, the week, the start page, matching, courses,
// a mentee. The child's resident set (VmRSS) and its peak (VmHWM) are read from /proc.
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FromCore } from '../shared/protocol';
import ensureBuiltCore, { BUILT_CORE } from '../tests/unit/support/built-core';
import { CACHE, PASSPHRASE } from './registers';

/** Target from the issue: core stays under this after walking every screen at size l. */
export const CORE_RSS_TARGET_MIB = 300;

function procMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return null;
  const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(file, 'utf8'))?.[1];
  return kb ? Math.round(Number(kb) / 1024) : null;
}

export async function measureCoreMemory(
  log: (s: string) => void,
): Promise<{ operation: string; encrypted: number | string; plain: string }[]> {
  if (process.platform !== 'linux') return [{ operation: 'core RSS after every screen', encrypted: 'needs /proc (Linux)', plain: '–' }];
  ensureBuiltCore();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bindeled-rss-'));
  const child = fork(BUILT_CORE, [], {
    env: { ...process.env, BINDELED_PROFILE_DIR: profile, BINDELED_DEFAULT_REGISTER_DIR: profile, BINDELED_APP_VERSION: 'bench' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: [],
    serialization: 'advanced',
  });
  const pending = new Map<number, (m: FromCore & { kind: 'result' }) => void>();
  let next = 0;
  const ready = new Promise<void>((resolve) =>
    child.on('message', (m: FromCore) => {
      if (m.kind === 'ready') resolve();
      if (m.kind === 'result') pending.get(m.id)?.(m);
    }),
  );
  const invoke = (channel: string, input: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, (m) => (m.result.ok ? resolve(m.result.value) : reject(new Error(`${channel}: ${m.result.error.code}`))));
      child.send({ kind: 'invoke', id, channel, input });
    });
  try {
    await ready;
    const pid = child.pid as number;
    const started = procMiB(pid, 'VmRSS');
    log('core memory: unlocking and walking every screen…');
    await invoke('register:unlock', { dir: path.join(CACHE, 'encrypted'), secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    // Each list as its screen reads it: the first page, the last, a sort, a quick search.
    const walk = async (channel: string, sortBy: string, extra: Record<string, unknown> = {}) => {
      await invoke(channel, { ...extra });
      await invoke(channel, { ...extra, cursor: { last: true } });
      await invoke(channel, { ...extra, sort: [{ colId: sortBy, sort: 'desc' }] });
      await invoke(channel, { ...extra, quick: 'han' });
    };
    await walk('organisations:page', 'municipality');
    await walk('contacts:page', 'email');
    for (const text of ['sorensen', 'aarhus', 'mohammed', 'jobcenter', 'frivillig']) await invoke('search:query', { text });
    await walk('mentors:page', 'name');
    await walk('mentees:page', 'code');
    await walk('cases:page', 'code');
    await invoke('cases:statusCounts', {});
    await invoke('audit:facets', {});
    await invoke('audit:page', {});
    await invoke('disclosures:page', {});
    const board = (await invoke('cases:list', { includeClosed: false })) as { id: number; menteeId: number; status: string }[];
    await invoke('cases:list', { includeClosed: true });
    await invoke('week:overview', {});
    const y = new Date().getUTCFullYear();
    await invoke('dashboard:summary', { from: `${y}-01-01`, to: `${y}-12-31`, compareFrom: `${y - 1}-01-01`, compareTo: `${y - 1}-12-31` });
    for (const c of board.filter((b) => b.status === 'waiting').slice(0, 5)) await invoke('matching:suggest', { menteeId: c.menteeId });
    for (const c of board.slice(0, 5)) await invoke('cases:get', { id: c.id });
    if (board[0]) await invoke('mentees:get', { id: board[0].menteeId });
    const rss = procMiB(pid, 'VmRSS');
    const peak = procMiB(pid, 'VmHWM');
    return [
      {
        operation: `core RSS after every screen's calls, MiB (target < ${CORE_RSS_TARGET_MIB}; ${started ?? '?'} MiB at start)`,
        encrypted: rss ?? 'no /proc',
        plain: '–',
      },
      { operation: 'core peak RSS during them, MiB', encrypted: peak ?? 'no /proc', plain: '–' },
    ];
  } finally {
    child.kill('SIGTERM');
    rmSync(profile, { recursive: true, force: true });
  }
}
