// A small ESLint rule for the layer boundaries of STYLE.md (in the spirit of VS Code's
// `local/code-layering`): a file's folder decides what it may import. Relative imports are
// resolved, so `../../electron/main/x` is caught however it is spelled.
import { builtinModules } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The layer a project-relative path belongs to, or null when no rule applies (tests, scripts, configs). */
export function layerOf(relative) {
  const p = relative.split(path.sep).join('/');
  if (p.startsWith('shared/')) return 'shared';
  if (p.startsWith('renderer/')) return 'renderer';
  if (p.startsWith('electron/core/')) return 'core';
  if (p.startsWith('electron/main/')) return 'main';
  if (p.startsWith('electron/preload/')) return 'preload';
  if (p.startsWith('electron/cli/')) return 'cli';
  return null;
}

// Which other layers each layer may import from (relative imports).
const MAY_IMPORT = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  core: ['core', 'shared'],
  // Main starts core as a separate process; importing core's code would pull the database into the shell.
  main: ['main', 'shared'],
  preload: ['preload', 'shared'],
  cli: ['cli', 'core', 'shared'],
};

const DOM_PACKAGES = [/^react($|-dom|\/)/, /^@fluentui\//, /^ag-grid/, /^react-i18next/];

/** Why `specifier` may not be imported from `layer`, or null when it may. */
export function packageViolation(layer, specifier) {
  const isBuiltin = BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0]);
  const isElectron = specifier === 'electron' || specifier.startsWith('electron/') || specifier.startsWith('@electron/');
  switch (layer) {
    case 'shared':
      if (isElectron) return 'shared/ must not import Electron';
      if (isBuiltin) return 'shared/ must not import Node built-ins';
      if (DOM_PACKAGES.some((re) => re.test(specifier))) return 'shared/ must not import DOM or UI packages';
      return null;
    case 'renderer':
      if (isElectron) return 'renderer/ must not import Electron (it only knows window.api)';
      if (isBuiltin) return 'renderer/ must not import Node built-ins';
      return null;
    case 'core':
    case 'cli':
      return isElectron ? `electron/${layer}/ must not import Electron (it runs under plain Node)` : null;
    case 'preload':
      // A sandboxed preload can require only `electron`.
      return specifier === 'electron' ? null : 'the sandboxed preload may import only `electron` and shared/';
    default:
      return null;
  }
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layer boundaries between shared/, renderer/, electron/core, main, preload and cli.' },
    schema: [],
    messages: { layer: '{{reason}} ({{specifier}})' },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const layer = layerOf(path.relative(root, file));
    if (!layer) return {};
    const isTest = /\.(test|spec)\.tsx?$/.test(file);

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      let reason = null;
      if (specifier.startsWith('.')) {
        const resolved = path
          .relative(root, path.resolve(path.dirname(file), specifier))
          .split(path.sep)
          .join('/');
        const target = layerOf(resolved);
        // A test beside the code may use the shared test helpers.
        const testHelper = isTest && resolved.startsWith('tests/');
        if (!testHelper && (!target || !MAY_IMPORT[layer].includes(target)))
          reason = `${layer} may not import from ${target ?? 'outside the layers'}`;
      } else {
        reason = packageViolation(layer, specifier);
      }
      if (reason) context.report({ node, messageId: 'layer', data: { reason, specifier } });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node.arguments[0], node.arguments[0].value);
        }
      },
    };
  },
};

export default { rules: { imports: rule } };
