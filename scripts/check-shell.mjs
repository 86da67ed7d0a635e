// Static security check of the Electron shell, run by `npm run lint`. Electronegativity cannot
// run here (it fetches Electron's release list at start and stops when offline), so this script
// checks the same things for our code with the TypeScript parser: web preferences, navigation,
// new windows, webviews, permissions, IPC sender checks, openExternal, remote, CSP, and that the
// built preload requires nothing but `electron`. Usage: node scripts/check-shell.mjs [--root DIR]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const REQUIRED_PREFS = { contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false };
// A web preference set to this value anywhere in the shell is a finding.
const DANGEROUS_PREFS = {
  sandbox: false,
  contextIsolation: false,
  nodeIntegration: true,
  nodeIntegrationInWorker: true,
  nodeIntegrationInSubFrames: true,
  webSecurity: false,
  allowRunningInsecureContent: true,
  webviewTag: true,
  experimentalFeatures: true,
  enableRemoteModule: true,
};

function tsFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function walk(node, visit) {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

const propName = (node) => (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : undefined);
const boolValue = (node) => (node.kind === ts.SyntaxKind.TrueKeyword ? true : node.kind === ts.SyntaxKind.FalseKeyword ? false : undefined);
const calleeName = (call) =>
  ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : ts.isIdentifier(call.expression) ? call.expression.text : '';
const isEventHandler = (call, event) =>
  ['on', 'once'].includes(calleeName(call)) &&
  call.arguments[0] &&
  ts.isStringLiteral(call.arguments[0]) &&
  call.arguments[0].text === event;

/** The object literal an expression stands for, following one `const x = { … }` in the same file. */
function objectLiteral(expr, source) {
  if (!expr) return undefined;
  if (ts.isObjectLiteralExpression(expr)) return expr;
  if (!ts.isIdentifier(expr)) return undefined;
  let found;
  walk(source, (n) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === expr.text && n.initializer) found = n.initializer;
  });
  return found && ts.isObjectLiteralExpression(found) ? found : undefined;
}

/** The function declared in this file under `name` (function declaration or const arrow). */
function localFunction(name, source) {
  let found;
  walk(source, (n) => {
    if (ts.isFunctionDeclaration(n) && n.name?.text === name) found = n;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name && n.initializer) found = n.initializer;
  });
  return found;
}

function mentions(node, word) {
  let hit = false;
  walk(node, (n) => {
    if (ts.isIdentifier(n) && n.text === word) hit = true;
  });
  return hit;
}

/** True when a callback checks the sender: it uses `senderFrame`, or calls a function of this file that does. */
function checksSender(callback, source) {
  if (mentions(callback, 'senderFrame')) return true;
  let hit = false;
  walk(callback, (n) => {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) {
      const fn = localFunction(n.expression.text, source);
      if (fn && mentions(fn, 'senderFrame')) hit = true;
    }
  });
  return hit;
}

function callsPreventDefault(fn) {
  let hit = false;
  walk(fn, (n) => {
    if (ts.isCallExpression(n) && calleeName(n) === 'preventDefault') hit = true;
  });
  return hit;
}

/** Every value a window-open handler can return; each must be `{ action: 'deny' }`. */
function deniesOnly(fn) {
  const returned = [];
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && !ts.isBlock(fn.body)) returned.push(fn.body);
  walk(fn, (n) => {
    if (ts.isReturnStatement(n) && n.expression) returned.push(n.expression);
  });
  return (
    returned.length > 0 &&
    returned.every((expr) => {
      let inner = expr;
      while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
      if (!ts.isObjectLiteralExpression(inner)) return false;
      const action = inner.properties.find((p) => ts.isPropertyAssignment(p) && propName(p) === 'action');
      return action && ts.isStringLiteral(action.initializer) && action.initializer.text === 'deny';
    })
  );
}

/**
 * Problems with a CSP string: remote origins, eval, inline script, missing lock-downs. A meta tag
 * cannot carry frame-ancestors (browsers ignore it there), so only a header must have it.
 */
export function cspFindings(csp, { meta = false } = {}) {
  const findings = [];
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
  if (!directives.has('default-src')) findings.push('CSP lacks default-src');
  const script = directives.get('script-src') ?? directives.get('default-src') ?? [];
  if (script.includes("'unsafe-inline'")) findings.push("CSP allows 'unsafe-inline' scripts");
  for (const [name, sources] of directives) {
    for (const source of sources) {
      if (source === "'unsafe-eval'" || source === "'wasm-unsafe-eval'") findings.push(`CSP ${name} allows eval (${source})`);
      else if (/^(\*|https?:|wss?:|ftp:|file:)/i.test(source) || /^[\w*-]+(\.[\w-]+)+/.test(source) || source.includes('://'))
        findings.push(`CSP ${name} allows a remote origin (${source})`);
    }
  }
  if ((directives.get('object-src') ?? [])[0] !== "'none'") findings.push("CSP lacks object-src 'none'");
  if (!directives.has('base-uri')) findings.push('CSP lacks base-uri');
  if (!meta && !directives.has('frame-ancestors')) findings.push('CSP lacks frame-ancestors');
  return findings;
}

/** The value of `export const APP_CSP = [ … ].join('; ')` or a plain string literal. */
function appCsp(source) {
  let csp;
  walk(source, (n) => {
    if (!ts.isVariableDeclaration(n) || !ts.isIdentifier(n.name) || n.name.text !== 'APP_CSP' || !n.initializer) return;
    const init = n.initializer;
    if (ts.isStringLiteralLike(init)) csp = init.text;
    if (ts.isCallExpression(init) && calleeName(init) === 'join' && ts.isPropertyAccessExpression(init.expression)) {
      const array = init.expression.expression;
      const separator = init.arguments[0] && ts.isStringLiteral(init.arguments[0]) ? init.arguments[0].text : ',';
      if (ts.isArrayLiteralExpression(array) && array.elements.every(ts.isStringLiteralLike))
        csp = array.elements.map((e) => e.text).join(separator);
    }
  });
  return csp;
}

/** Runs every check on the project at `root`; returns the findings (empty when the shell is sound). */
export function checkShell(root) {
  const findings = [];
  const seen = {
    willNavigate: false,
    windowOpen: false,
    permissionRequest: false,
    permissionCheck: false,
    attachWebview: false,
    enableSandbox: false,
  };
  const mainFiles = tsFiles(path.join(root, 'electron', 'main'));
  const preloadFiles = tsFiles(path.join(root, 'electron', 'preload'));
  if (mainFiles.length === 0) findings.push({ where: 'electron/main', message: 'no shell sources found' });

  for (const file of [...mainFiles, ...preloadFiles]) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const rel = path.relative(root, file);
    const add = (node, message) =>
      findings.push({ where: `${rel}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, message });
    const isPreload = preloadFiles.includes(file);

    walk(source, (n) => {
      if (ts.isPropertyAssignment(n)) {
        const name = propName(n);
        if (name && name in DANGEROUS_PREFS && boolValue(n.initializer) === DANGEROUS_PREFS[name])
          add(n, `dangerous web preference ${n.getText()}`);
        if (name === 'enableBlinkFeatures') add(n, 'enableBlinkFeatures turns on experimental Chromium features');
      }
      if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
        if (n.moduleSpecifier.text === '@electron/remote') add(n, 'the remote module is not allowed');
        if (n.moduleSpecifier.text === 'electron' && /\bremote\b/.test(n.importClause?.getText() ?? ''))
          add(n, 'the remote module is not allowed');
      }
      if (
        ts.isNewExpression(n) &&
        ts.isIdentifier(n.expression) &&
        ['BrowserWindow', 'BrowserView', 'WebContentsView'].includes(n.expression.text)
      ) {
        const options = objectLiteral(n.arguments?.[0], source);
        const prefsProp = options?.properties.find((p) => ts.isPropertyAssignment(p) && propName(p) === 'webPreferences');
        const prefs = prefsProp && objectLiteral(prefsProp.initializer, source);
        if (!prefs) add(n, `${n.expression.text} without literal webPreferences`);
        else
          for (const [key, want] of Object.entries(REQUIRED_PREFS)) {
            const prop = prefs.properties.find((p) => ts.isPropertyAssignment(p) && propName(p) === key);
            if (!prop || boolValue(prop.initializer) !== want) add(n, `${n.expression.text} must set ${key}: ${want}`);
          }
      }
      if (!ts.isCallExpression(n)) return;
      const name = calleeName(n);
      const handler = n.arguments.at(-1);
      if (isEventHandler(n, 'will-navigate')) {
        seen.willNavigate = true;
        if (!handler || !callsPreventDefault(handler)) add(n, 'will-navigate handler does not call preventDefault');
      }
      if (isEventHandler(n, 'will-attach-webview')) {
        seen.attachWebview = true;
        if (!handler || !callsPreventDefault(handler)) add(n, 'will-attach-webview handler does not call preventDefault');
      }
      if (name === 'setWindowOpenHandler') {
        seen.windowOpen = true;
        if (!handler || !deniesOnly(handler)) add(n, "setWindowOpenHandler must only return { action: 'deny' }");
      }
      if (name === 'setPermissionRequestHandler') seen.permissionRequest = true;
      if (name === 'setPermissionCheckHandler') seen.permissionCheck = true;
      if (name === 'enableSandbox') seen.enableSandbox = true;
      if (name === 'openExternal') add(n, 'shell.openExternal is not allowed (no vetted URL allow-list)');
      if (
        name === 'loadURL' &&
        n.arguments[0] &&
        ts.isStringLiteralLike(n.arguments[0]) &&
        /^(https?|wss?|ftp):/i.test(n.arguments[0].text)
      )
        add(n, 'loadURL of remote content');
      const target = ts.isPropertyAccessExpression(n.expression) ? n.expression.expression.getText() : '';
      if (target === 'ipcMain' && ['handle', 'handleOnce', 'on', 'once'].includes(name) && (!handler || !checksSender(handler, source)))
        add(n, `ipcMain.${name} handler does not check the sender frame`);
      if (isPreload && name === 'exposeInMainWorld') {
        const exposed = objectLiteral(n.arguments[1], source) ?? n.arguments[1];
        if (exposed)
          walk(exposed, (id) => {
            if (!ts.isIdentifier(id) || id.text !== 'ipcRenderer') return;
            const usedAsCall =
              ts.isPropertyAccessExpression(id.parent) && id.parent.expression === id && ts.isCallExpression(id.parent.parent);
            if (!usedAsCall) add(id, 'the preload exposes ipcRenderer (or one of its methods) itself');
          });
      }
    });
    if (rel.split(path.sep).join('/') === 'electron/main/csp.ts') {
      const csp = appCsp(source);
      if (!csp) findings.push({ where: rel, message: 'APP_CSP is not a literal policy' });
      else for (const message of cspFindings(csp)) findings.push({ where: rel, message });
    }
  }

  const required = {
    willNavigate: 'no will-navigate handler',
    windowOpen: 'no setWindowOpenHandler',
    permissionRequest: 'no setPermissionRequestHandler',
    permissionCheck: 'no setPermissionCheckHandler',
    attachWebview: 'no will-attach-webview handler',
    enableSandbox: 'app.enableSandbox() is not called',
  };
  for (const [key, message] of Object.entries(required)) if (!seen[key]) findings.push({ where: 'electron/main', message });

  const html = path.join(root, 'renderer', 'index.html');
  const page = existsSync(html) ? readFileSync(html, 'utf8') : '';
  const meta = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*content=(["'])(.*?)\1/is.exec(page);
  if (!meta) findings.push({ where: 'renderer/index.html', message: 'no Content-Security-Policy meta tag' });
  else for (const message of cspFindings(meta[2], { meta: true })) findings.push({ where: 'renderer/index.html', message });
  if (/<script[^>]+src=["']https?:/i.test(page)) findings.push({ where: 'renderer/index.html', message: 'loads a remote script' });

  const builtPreload = path.join(root, 'out', 'preload', 'index.cjs');
  if (existsSync(builtPreload)) {
    for (const [, module] of readFileSync(builtPreload, 'utf8').matchAll(/require\(\s*["']([^"']+)["']\s*\)/g))
      if (module !== 'electron') findings.push({ where: 'out/preload/index.cjs', message: `the sandboxed preload requires "${module}"` });
  }
  return findings;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--root');
  const root = at > 0 ? path.resolve(process.argv[at + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const findings = checkShell(root);
  if (findings.length === 0) {
    console.log('check-shell: no findings');
  } else {
    for (const f of findings) console.error(`check-shell: ${f.where}: ${f.message}`);
    console.error(`check-shell: ${findings.length} finding(s)`);
    process.exitCode = 1;
  }
}
