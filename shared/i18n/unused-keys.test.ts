import { describe, expect, it } from 'vitest';
import { en } from './en';

// Every key of the English catalog must be used somewhere in the app's sources: renderer/,
// electron/ and shared/ outside shared/i18n, tests left out. A key counts as used when the
// sources show it in one of the ways the app reads strings (see `usedKeys` below). A key nobody
// reads is a string translators keep up in five languages for nothing: delete it in all five.
// If the app does read a key in a way this test cannot see, teach `usedKeys` that way rather
// than listing the key.

declare global {
  interface ImportMeta {
    /** Vite's glob import; vitest runs this file through Vite. */
    glob(patterns: string[], options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
  }
}

const SOURCES = import.meta.glob(
  ['../../renderer/src/**/*.{ts,tsx}', '../../electron/**/*.ts', '../**/*.ts', '!./**', '!../../**/*.test.{ts,tsx}'],
  { query: '?raw', import: 'default', eager: true },
);

/**
 * Sections that core and the shell read as plain objects rather than through t(): how a file
 * gets hold of one (a call, or a type a variable or parameter is declared with). From there the
 * test follows the variables (`const t = rightsText(lang)`, `const a = t.accessDoc`) and takes
 * every property chain read from them as used (`t.letter.greeting`, `a.consentMethod`,
 * `t.rows['no-source']`); a part indexed with a computed key (`(t.method as Record<…>)[value]`,
 * `t.sections[key]`) uses everything below it.
 */
const OBJECT_READERS: Record<string, { call: RegExp; type?: string }> = {
  // The recall letter and the access export (electron/core/rights/doc-common.ts).
  rights: { call: /\brightsText\([^()]*\)/g, type: 'RightsText' },
  // The results report's .docx, .xlsx and charts (electron/core/reports/programme/model.ts).
  programmeDoc: { call: /\bprogrammeText\([^()]*\)/g, type: 'ProgrammeDocText' },
  // The feedback report document and its model.
  feedbackDoc: { call: /\bcatalogs\[[^\]]*\]\.feedbackDoc\b/g },
  // The menu and the file dialogs (electron/main/labels.ts).
  shell: { call: /\bshellLabels\([^()]*\)/g, type: 'ShellLabels' },
};

/**
 * Sections read whole by a library, which looks their keys up by its own names. Keep this short.
 */
const READ_WHOLE = [
  // DataGrid.tsx hands the section to AG Grid as its localeText; the keys are AG Grid's names.
  'grid',
];

type Tree = { [key: string]: string | Tree };
type Literal = { text: string; parts?: string[]; before?: string };

/** Every leaf's dotted path. */
function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/**
 * A source's string literals, and its code without comments and strings. Quoted strings are
 * kept as their text, templates also as their static parts (`a.${x}.b` → ['a.', '.b']). The
 * code keeps a quoted string only when it could be a key (`t.rows['no-source']`), and a
 * template only as its expressions, so that SQL and prose in strings never read as code.
 */
function scan(src: string): { literals: Literal[]; code: string } {
  const literals: Literal[] = [];
  let code = '';
  let i = 0;
  const quoted = (quote: string) => {
    let text = '';
    for (i++; i < src.length && src[i] !== quote && src[i] !== '\n'; i++) text += src[i] === '\\' ? src[++i] : src[i];
    i++;
    literals.push({ text });
    code += /^[\w-]+$/.test(text) ? `'${text}'` : "''";
  };
  const template = () => {
    const parts: string[] = [];
    let part = '';
    const before = code.slice(-40);
    code += '(';
    for (i++; i < src.length && src[i] !== '`';) {
      if (src[i] === '\\') {
        part += src[i + 1];
        i += 2;
      } else if (src[i] === '$' && src[i + 1] === '{') {
        // The expression, up to its closing brace, is code.
        let depth = 1;
        for (i += 2, code += ' '; i < src.length && !(src[i] === '}' && depth === 1);) {
          step(() => (depth += src[i] === '{' ? 1 : src[i] === '}' ? -1 : 0));
        }
        i++;
        code += ' ';
        parts.push(part);
        part = '';
      } else part += src[i++];
    }
    i++;
    code += ')';
    parts.push(part);
    literals.push(parts.length === 1 ? { text: part } : { text: parts.join('${}'), parts, before });
  };
  /** One token of code: a comment, a string, a template, or one character. */
  const step = (onChar: () => void = () => {}) => {
    const c = src[i]!;
    if (c === '/' && src[i + 1] === '/') i = src.includes('\n', i) ? src.indexOf('\n', i) : src.length;
    else if (c === '/' && src[i + 1] === '*') i = src.includes('*/', i) ? src.indexOf('*/', i) + 2 : src.length;
    else if (c === '`') template();
    else if (c === "'" || c === '"') quoted(c);
    else {
      onChar();
      code += c;
      i++;
    }
  };
  while (i < src.length) step();
  return { literals, code };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (parts: string[]) => new RegExp(`^${parts.map(escape).join('.+')}$`);
/** i18next picks `key_one`, `key_other` … for t('key', { count }). */
const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * The property chains a file reads from an object section (see OBJECT_READERS), as paths below
 * the section ('letter.greeting'), and the paths it indexes with a computed key ('method').
 */
function objectReads(code: string, reader: { call: RegExp; type?: string }): { chains: string[]; computed: string[] } {
  // Expressions that hold the section or a part of it, with the path they hold.
  const holders = new Map<string, string>([...code.matchAll(reader.call)].map((m) => [escape(m[0]), '']));
  if (reader.type) {
    const typed = new RegExp(`\\b([\\w$]+)\\??\\s*:\\s*(?:\\(\\)\\s*=>\\s*)?${reader.type}\\b(?!\\[)`, 'g');
    for (const m of code.matchAll(typed)) holders.set(`\\b${escape(m[1]!)}\\b(?:\\(\\))?`, '');
  }
  const CHAIN = String.raw`((?:\??\.[\w$]+|\[\s*'[\w-]+'\s*\])*)`;
  const parts = (chain: string) => [...chain.matchAll(/[\w$-]+/g)].map((m) => m[0]);
  const chains: string[] = [];
  const computed: string[] = [];
  // Follow each holder's reads; a variable assigned from one (const a = t.accessDoc) holds that part.
  for (let seen = 0; seen < holders.size;) {
    const [expression, at] = [...holders][seen++]!;
    for (const m of code.matchAll(new RegExp(`${expression}${CHAIN}`, 'g'))) {
      const path = [at, ...parts(m[1]!)].filter(Boolean).join('.');
      chains.push(path);
      if (/^(\s+as\s+[^)]*\))?\[(?!\s*')/.test(code.slice(m.index + m[0].length))) computed.push(path);
      const assigned = /(?:const|let)\s+([\w$]+)\s*=\s*$/.exec(code.slice(Math.max(0, m.index - 80), m.index));
      const variable = assigned && `\\b${escape(assigned[1]!)}\\b`;
      if (variable && !holders.has(variable)) holders.set(variable, path);
    }
  }
  return { chains, computed };
}

/**
 * The keys the sources use. A key is used when
 * - its full path is a string: t('audit.title'), { label: 'audit.title' };
 * - a template with a fixed start matches it: t(`audit.actions.${code}`) uses every key under
 *   audit.actions, t(`rights.recall.${key}NoCode`) the ones ending in NoCode;
 * - t() is called with a template that starts with the part that varies, and a section is
 *   spelled out for that part: t(`${texts}.emptyTitle`) in EntityListPage.tsx with
 *   texts="mentors.mentees" in MenteesPage.tsx, which imports it, uses mentors.mentees.emptyTitle.
 *   When more than the start varies, the section must be a dotted path in the same file:
 *   t(`${prefix}.${v}`) with options(GENDERS, 'mentoring.gender') uses mentoring.gender.*
 *   (and `display: 'grid'` beside it does not use grid.*);
 * - a file takes a fixed prefix, i18n.getFixedT(lng, ns, 'feedbackDoc'): its strings and
 *   templates also count below that prefix;
 * - OBJECT_READERS and READ_WHOLE above.
 */
function usedKeys(keys: string[]): Set<string> {
  const byBase = new Map<string, string[]>();
  for (const key of keys) byBase.set(key.replace(PLURAL, ''), [...(byBase.get(key.replace(PLURAL, '')) ?? []), key]);
  const sections = new Set(
    keys.flatMap((key) => {
      const path = key.split('.');
      return path.slice(1).map((_, n) => path.slice(0, n + 1).join('.'));
    }),
  );
  const files = Object.entries(SOURCES).map(([path, src]) => ({
    path: new URL(path, 'file:///repo/shared/i18n/').pathname,
    src,
    ...scan(src),
  }));
  // A file's strings and those of the files that import it.
  const nearby = new Map(files.map((f) => [f.path, new Set(f.literals.map((l) => l.text))]));
  for (const importer of files) {
    for (const [, spec] of importer.src.matchAll(/\bfrom\s+'(\.[^']*)'/g)) {
      const target = new URL(spec!, `file://${importer.path}`).pathname;
      const file = files.find((f) => [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`].includes(f.path));
      if (file) importer.literals.forEach((l) => nearby.get(file.path)!.add(l.text));
    }
  }
  const used = new Set<string>();
  const useMatching = (re: RegExp) => {
    for (const [base, variants] of byBase) if (re.test(base)) variants.forEach((k) => used.add(k));
  };

  for (const file of files) {
    const fixed = [...file.src.matchAll(/([\w$]+)\s*=\s*[\w$.]*getFixedT\([^)]*?,\s*'([\w.-]+)'\)/g)];
    const prefixes = ['', ...fixed.map((m) => `${m[2]}.`)];
    // A call of t() or of a fixed-prefix translator: what a template must be the argument of.
    const translate = new RegExp(`(?:^|[^\\w$.])(?:[\\w$]+\\.)?(?:${['t', ...fixed.map((m) => escape(m[1]!))].join('|')})\\(\\s*$`);
    const here = new Set(file.literals.map((l) => l.text));
    for (const { text, parts, before } of file.literals) {
      for (const prefix of prefixes) {
        if (!parts) byBase.get(prefix + text)?.forEach((k) => used.add(k));
        else if (/^[\w-]+\./.test(parts[0]!)) useMatching(pattern([prefix + parts[0], ...parts.slice(1)]));
        else if (parts[0] === '' && parts[1]!.startsWith('.') && translate.test(before!)) {
          // Only the end fixed: the head may come from an importer. More varying: a dotted head, same file.
          const fixedEnd = parts.length === 2;
          const heads = fixedEnd ? nearby.get(file.path)! : here;
          const rest = pattern(parts.slice(1)).source.slice(1);
          for (const section of sections) {
            const head = section.slice(prefix.length);
            if (section.startsWith(prefix) && heads.has(head) && (fixedEnd || head.includes('.')))
              useMatching(new RegExp(`^${escape(section)}${rest}`));
          }
        }
      }
    }
  }

  for (const [section, reader] of Object.entries(OBJECT_READERS)) {
    for (const { code } of files) {
      const { chains, computed } = objectReads(code, reader);
      for (const key of keys.filter((k) => k.startsWith(`${section}.`))) {
        const path = key.slice(section.length + 1);
        const read = chains.some((c) => c === path || c.startsWith(`${path}.`));
        if (read || computed.some((c) => c === '' || path.startsWith(`${c}.`))) used.add(key);
      }
    }
  }
  for (const key of keys) if (READ_WHOLE.some((s) => key.startsWith(`${s}.`))) used.add(key);
  return used;
}

describe('the catalogs', () => {
  it('read their sources', () => {
    const paths = Object.keys(SOURCES);
    for (const folder of ['../../renderer/src/', '../../electron/core/', '../../electron/main/', '../contract/']) {
      expect(paths.some((p) => p.startsWith(folder))).toBe(true);
    }
    expect(paths.filter((p) => p.startsWith('./') || /\.test\.tsx?$/.test(p))).toEqual([]);
  });

  it('have no unused key', () => {
    const keys = leaves(en as Tree);
    const used = usedKeys(keys);
    expect(keys.filter((k) => !used.has(k))).toEqual([]);
  });
});
