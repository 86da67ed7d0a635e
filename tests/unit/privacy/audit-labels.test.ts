import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/languages';
import { catalogs } from '../../../shared/i18n';
import { REPO_ROOT } from '../core/helpers';

// Every action code the core can write has words in the viewer, in all five languages: the codes
// are read from the source (`action: 'x.y'` and `cond ? 'x.y' : 'x.z'` next to appendAudit), so a
// new code without a translation fails here instead of showing up as a bare code.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

const CODE = /^[a-z][a-z-]*\.[a-z][a-z-]*$/;

function actionCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sourceFiles(path.join(REPO_ROOT, 'electron/core'))) {
    const text = readFileSync(file, 'utf8');
    if (!['appendAudit', 'writeAudited', 'commitKeySlotChange'].some((name) => text.includes(name))) continue;
    // action: 'x.y' | action: cond ? 'x.y' : 'x.z' | writeAudited(…, 'x.y', …) | saveSlots(…, 'x.y')
    for (const m of text.matchAll(/action:\s*([^,}\n]+)/g))
      for (const q of (m[1] ?? '').matchAll(/'([^']+)'/g)) if (CODE.test(q[1] ?? '')) codes.add(q[1]!);
    for (const m of text.matchAll(/(?:writeAudited\([^;]*?|saveSlots\([^;]*?)'([a-z][a-z-]*\.[a-z][a-z-]*)'/g)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

describe('audit action codes', () => {
  const codes = actionCodes();

  it('finds the codes the core writes', () => {
    expect(codes).toEqual(
      expect.arrayContaining(['mentee.viewed', 'mentee.created', 'audit.exported', 'export.contacts', 'passphrase.changed']),
    );
  });

  it.each(LANGUAGES.map((l) => [l]))('has words for every code in %s', (language) => {
    const actions = catalogs[language].audit.actions as Record<string, Record<string, string> | undefined>;
    const missing = codes.filter((code) => {
      const [group, verb] = code.split('.') as [string, string];
      return typeof actions[group]?.[verb] !== 'string';
    });
    expect(missing, `add these to shared/i18n/<lang>/audit.ts (actions) in all five languages`).toEqual([]);
  });
});
