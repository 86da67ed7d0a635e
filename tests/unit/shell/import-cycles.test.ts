import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The product code's modules import each other without a cycle, so each one can be read, tested
// and loaded on its own and no module ever sees another half-initialised. The graph is built from
// every .ts/.tsx file under electron/, shared/ and renderer/ and its relative imports, as
// TypeScript parses them: `import … from`, `import './x'`, `export … from` and `import('./x')`.
//
// Type-only imports (`import type`, `export type`, or every name marked `type`) are compiled
// away, so they cannot make a module load before another. They are left out of the main check;
// a second check includes them and allows only the type cycles listed in KNOWN_TYPE_CYCLES.

const root = path.resolve(import.meta.dirname, '../../..');
const FOLDERS = ['electron', 'shared', 'renderer'];

/** Cycles through type-only imports that exist today; fix one, then remove it here. */
const KNOWN_TYPE_CYCLES = [
  // OfferDraft is declared in the form that renders the editor (renderer forms are being reworked).
  'renderer/src/features/organisations/OffersEditor.tsx renderer/src/features/organisations/OrganisationForm.tsx',
];

interface Import {
  specifier: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

/** Every import of a module in `text`: static, re-export and dynamic with a literal specifier. */
function importsOf(fileName: string, text: string): Import[] {
  const found: Import[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const allTypes = !!clause && !clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: !!clause && (clause.isTypeOnly || allTypes) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      const allTypes = !!named && named.length > 0 && named.every((e) => e.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || allTypes });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push({ specifier: argument.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false));
  return found;
}

/** The file a relative specifier names, as the bundler resolves it; null when there is none. */
function resolveFile(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier.replace(/\?.*$/, '')); // Vite's `./x.svg?url`
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const files = FOLDERS.flatMap((folder) => sourceFiles(path.join(root, folder)));
const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
const parsed = new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));

/** file → the source files it imports (relative imports only; packages cannot import back). */
function importGraph(withTypeOnly: boolean): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const [file, imports] of parsed) {
    const targets = imports
      .filter((i) => i.specifier.startsWith('.') && (withTypeOnly || !i.typeOnly))
      .map((i) => resolveFile(file, i.specifier))
      .filter((target): target is string => target !== null && known.has(target));
    graph.set(relative(file), [...new Set(targets.map(relative))]);
  }
  return graph;
}

interface Cycle {
  /** Every file of one strongly connected part of the graph, sorted. */
  members: string[];
  /** One cycle through it, from its first member back to it: a → b → a. */
  cycle: string[];
}

/** The strongly connected parts of the graph that hold a cycle (Tarjan's algorithm). */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): Cycle[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) components.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return components.map((members) => ({ members, cycle: cycleThrough(graph, members) }));
}

/** One concrete cycle from the component's first file back to it, by breadth-first search. */
function cycleThrough(graph: ReadonlyMap<string, readonly string[]>, component: string[]): string[] {
  const inside = new Set(component);
  const start = component[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!inside.has(next)) continue;
      if (next === start) {
        const route = [start];
        for (let at: string | undefined = node; at !== start && at !== undefined; at = cameFrom.get(at)) route.splice(1, 0, at);
        return [...route, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return component;
}

const describeCycles = (cycles: Cycle[]) =>
  cycles
    .map((c) => `${c.cycle.join(' → ')}${c.members.length > c.cycle.length - 1 ? ` (the loop holds ${c.members.join(', ')})` : ''}`)
    .join('\n');

describe('import graph of electron/, shared/ and renderer/', () => {
  it('reads every relative import, and each names a file that exists', () => {
    expect(files.length).toBeGreaterThan(300);
    const unresolved = [...parsed].flatMap(([file, imports]) =>
      imports.filter((i) => i.specifier.startsWith('.') && !resolveFile(file, i.specifier)).map((i) => `${relative(file)}: ${i.specifier}`),
    );
    expect(unresolved).toEqual([]);
    const graph = importGraph(false);
    expect(graph.get('electron/cli/index.ts')).toContain('electron/cli/main.ts');
    expect(graph.get('electron/cli/args.ts')).toContain('electron/cli/options.ts');
  });

  it('finds a cycle where there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(findCycles(graph)).toEqual([
      { members: ['a.ts', 'b.ts', 'c.ts'], cycle: ['a.ts', 'b.ts', 'c.ts', 'a.ts'] },
      { members: ['e.ts'], cycle: ['e.ts', 'e.ts'] },
    ]);
    expect(
      importsOf('x.ts', "import type { A } from './a';\nimport { type B } from './b';\nexport * from './c';\nconst d = import('./d');"),
    ).toEqual([
      { specifier: './a', typeOnly: true },
      { specifier: './b', typeOnly: true },
      { specifier: './c', typeOnly: false },
      { specifier: './d', typeOnly: false },
    ]);
  });

  it('has no cycle of imports that remain at run time', () => {
    const cycles = findCycles(importGraph(false));
    expect(cycles, `import cycles:\n${describeCycles(cycles)}`).toEqual([]);
  });

  it('has no cycle through type-only imports but the known ones', () => {
    const cycles = findCycles(importGraph(true));
    const unknown = cycles.filter((c) => !KNOWN_TYPE_CYCLES.includes(c.members.join(' ')));
    expect(unknown, `import cycles through type-only imports:\n${describeCycles(unknown)}`).toEqual([]);
  });
});
