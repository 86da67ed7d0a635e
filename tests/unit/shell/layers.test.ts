import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it lived at `file` and returns the layer rule's messages. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

describe('layer rule (STYLE.md)', () => {
  it.each([
    ['shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['shared/x.ts', "import { a } from '../electron/core/dispatcher';\nexport const b = a;"],
    ['shared/x.ts', "import { a } from '../renderer/src/api';\nexport const b = a;"],
    ['shared/x.ts', "import { createRoot } from 'react-dom/client';\nexport const b = createRoot;"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['renderer/src/x.ts', "import path from 'path';\nexport const a = path;"],
    ['renderer/src/x.ts', "import { log } from '../../electron/core/logger';\nexport const a = log;"],
    ['electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/core/x.ts', "import { log } from '../main/logger';\nexport const a = log;"],
    ['electron/main/x.ts', "import { createCore } from '../core/dispatcher';\nexport const a = createCore;"],
    ['electron/preload/x.ts', "import { z } from 'zod';\nexport const a = z;"],
  ])('refuses a forbidden import in %s', async (file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const a = z;"],
    ['renderer/src/x.ts', "import { contract } from '../../shared/contract';\nexport const a = contract;"],
    ['electron/core/x.ts', "import path from 'node:path';\nimport { ok } from '../../shared/errors';\nexport const a = [path, ok];"],
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { ok } from '../../shared/errors';\nexport const a = [app, ok];"],
    ['electron/preload/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
  ])('allows a permitted import in %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });

  it('forbids console in product code', async () => {
    const [result] = await eslint.lintText('console.log(1);\n', { filePath: path.join(root, 'electron/main/x.ts') });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-console');
  });
});
