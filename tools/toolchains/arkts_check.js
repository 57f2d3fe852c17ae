#!/usr/bin/env node
// Type-check generated ArkTS (.ets) files with OpenHarmony's TypeScript fork
// (ohos-typescript) and the ArkUI declarations (@arkts/declarations), and run
// the ArkTS 1.1 linter (the "ArkTS strict subset" rules) over them.
//
// Usage: node arkts_check.js --node-modules DIR [--no-lint] [--timings] FILE.ets...
//    or: node arkts_check.js --node-modules DIR [--no-lint] @LISTFILE  (one path a line)
// Prints one JSON object on stdout:
//   { tool, tsVersion, declarationsVersion, linter: "ran" | "off" | "failed: ...",
//     diagnostics: [{ file, line, col, severity, code, message, source }] }
// line/col are 1-based. source is "tsc" or "arkts-linter".
// Exit code: 0 when the check ran (whatever it found), 2 on usage/setup error.
'use strict';

const fs = require('fs');
const path = require('path');

function die(msg) {
  process.stderr.write(`arkts_check: ${msg}\n`);
  process.exit(2);
}

// ---- arguments -------------------------------------------------------------
const argv = process.argv.slice(2);
let nodeModules = null;
let lint = true;
let timings = false;
const t0 = Date.now();
function mark(what) {
  if (timings) process.stderr.write(`arkts_check: ${what}: ${Date.now() - t0} ms\n`);
}
const files = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--node-modules') nodeModules = argv[++i];
  else if (a === '--no-lint') lint = false;
  else if (a === '--timings') timings = true;
  else if (a.startsWith('@')) {
    for (const line of fs.readFileSync(a.slice(1), 'utf8').split(/\r?\n/)) {
      if (line.trim()) files.push(line.trim());
    }
  } else files.push(a);
}
if (!nodeModules) die('--node-modules DIR is required');
if (files.length === 0) die('no .ets files given');

const tsDir = path.join(nodeModules, 'ohos-typescript');
const declDir = path.join(nodeModules, '@arkts', 'declarations', 'dist');
if (!fs.existsSync(path.join(tsDir, 'package.json'))) die(`ohos-typescript not found in ${nodeModules}`);
if (!fs.existsSync(path.join(declDir, 'index.d.ts'))) die(`@arkts/declarations not found in ${nodeModules}`);

const ts = require(tsDir);
mark('ohos-typescript loaded');
const tsVersion = JSON.parse(fs.readFileSync(path.join(tsDir, 'package.json'), 'utf8')).version;
const declVersion = JSON.parse(
  fs.readFileSync(path.join(nodeModules, '@arkts', 'declarations', 'package.json'), 'utf8')).version;

// ---- the ArkUI component set, read off the declarations ----------------------
const componentDir = path.join(declDir, 'component');
const componentFiles = fs.readdirSync(componentDir)
  .filter((f) => f.endsWith('.d.ts') && f !== 'index-full.d.ts')
  .map((f) => path.join(componentDir, f));

// Components whose children are a UI callback in their parameters / attributes:
// the parser must treat them as syntax components, not as `X() { ... }` blocks.
const SYNTAX_COMPONENTS = new Set(['ForEach', 'LazyForEach', 'Repeat']);

const components = new Set();
const extendComponents = [];
for (const f of componentFiles) {
  const text = fs.readFileSync(f, 'utf8');
  for (const m of text.matchAll(/^declare const ([A-Z][A-Za-z0-9]*): ([A-Za-z0-9]+)Interface\b/gm)) {
    const name = m[1];
    if (SYNTAX_COMPONENTS.has(name)) continue;
    components.add(name);
    if (new RegExp(`^declare const ${name}Instance: ${name}Attribute\\b`, 'm').test(text)) {
      extendComponents.push({ name, type: `${name}Attribute`, instance: `${name}Instance` });
    }
  }
}

const etsOptions = {
  render: { method: ['build', 'pageTransition'], decorator: ['Builder', 'LocalBuilder'] },
  components: [...components].sort(),
  libs: [],
  extend: { decorator: ['Extend', 'AnimatableExtend'], components: extendComponents },
  styles: {
    decorator: 'Styles',
    component: { name: 'Common', type: 'T', instance: 'CommonInstance' },
    property: 'stateStyles',
  },
  concurrent: { decorator: 'Concurrent' },
  customComponent: 'CustomComponent',
  syntaxComponents: {
    paramsUICallback: ['ForEach', 'LazyForEach'],
    attrUICallback: [{ name: 'Repeat', attributes: ['each', 'template'] }],
  },
  propertyDecorators: ['Link', 'Prop', 'ObjectLink', 'Consume'].map((name) => ({ name, needInitialization: false })),
  emitDecorators: [
    'Entry', 'Component', 'ComponentV2', 'Reusable', 'CustomDialog', 'Preview',
    'State', 'Prop', 'Link', 'ObjectLink', 'Provide', 'Consume', 'Observed', 'Watch',
    'StorageLink', 'StorageProp', 'LocalStorageLink', 'LocalStorageProp',
    'Builder', 'LocalBuilder', 'BuilderParam', 'Styles', 'Extend', 'AnimatableExtend', 'Concurrent',
    'Local', 'Param', 'Once', 'Event', 'Monitor', 'Computed', 'ObservedV2', 'Trace', 'Provider', 'Consumer',
  ].map((name) => ({ name, emitParameters: true })),
};

// Module specifiers like '@ohos.router' / '@kit.ArkUI' resolve through the
// declarations' own path table.
let paths = {};
try {
  paths = JSON.parse(fs.readFileSync(path.join(declDir, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths || {};
} catch (e) {
  paths = {};
}

const options = {
  target: ts.ScriptTarget.ES2021,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.NodeJs,
  lib: ['lib.es2021.d.ts'],
  types: [],
  strict: true,
  strictPropertyInitialization: false, // an uninitialised @Link / @Prop / @Consume is legal ArkTS
  experimentalDecorators: true,
  skipLibCheck: true,
  noEmit: true,
  allowArbitraryExtensions: true,
  baseUrl: declDir,
  paths,
  ets: etsOptions,
};

const genFiles = files.map((f) => path.resolve(f));
for (const f of genFiles) if (!fs.existsSync(f)) die(`no such file: ${f}`);
const rootNames = [...componentFiles, path.join(declDir, 'index.d.ts'), ...genFiles];
const genSet = new Set(genFiles.map((f) => path.normalize(f)));

// ---- diagnostics -------------------------------------------------------------
const out = [];
const seen = new Set();
function push(d, source) {
  if (!d.file) {
    // global diagnostic (option errors and the like): report it without a place
    out.push({
      file: null, line: 0, col: 0,
      severity: d.category === ts.DiagnosticCategory.Error ? 'error' : 'warning',
      code: `TS${d.code}`, message: ts.flattenDiagnosticMessageText(d.messageText, '\n'), source,
    });
    return;
  }
  const fileName = path.normalize(d.file.fileName);
  if (!genSet.has(fileName)) return;
  let message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  // `$`-prefixed names ($state passed to @Link, $$this.x) are rewritten by the
  // real ArkTS build before type checking; this setup reports them as unknown
  // (TS2304, or TS2552 with a "did you mean"). Drop them when they name a
  // member of the enclosing struct, keep them (re-worded) otherwise.
  const dollar = (d.code === 2304 || d.code === 2552) && /^Cannot find name '(\$\$?)([A-Za-z_][A-Za-z0-9_]*)'/.exec(message);
  if (dollar) {
    const member = dollar[2];
    if (dollar[1] === '$$' && member === 'this') return;
    const members = enclosingStructMembers(d.file, d.start || 0);
    if (members === null || members.has(member)) return;
    message = `'${dollar[1]}${member}' does not name a member of the enclosing struct`;
  }
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start || 0);
  let code = `TS${d.code}`;
  if (source === 'arkts-linter') {
    // the rule's name, e.g. "arkts-no-any-unknown", ends the message
    const rule = /\((arkts-[a-z0-9-]+)\)\s*$/.exec(message);
    code = rule ? rule[1] : `arkts-${d.code}`;
  }
  const key = `${fileName}:${d.start}:${code}:${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  let severity = 'error';
  if (d.category === ts.DiagnosticCategory.Warning) severity = 'warning';
  else if (d.category === ts.DiagnosticCategory.Suggestion || d.category === ts.DiagnosticCategory.Message) severity = 'info';
  out.push({ file: fileName, line: line + 1, col: character + 1, severity, code, message, source });
}

function enclosingStructMembers(sourceFile, pos) {
  let found = null;
  function visit(node) {
    if (found !== null || pos < node.pos || pos >= node.end) return;
    if (node.kind === ts.SyntaxKind.StructDeclaration) {
      found = new Set();
      for (const m of node.members) {
        if (m.name && m.name.escapedText) found.add(String(m.name.escapedText));
      }
    }
    ts.forEachChild(node, visit);
  }
  visit(sourceFile);
  return found; // null: not inside a struct (the real build would decide)
}

function collectTsc(program) {
  for (const sf of program.getSourceFiles()) {
    if (!genSet.has(path.normalize(sf.fileName))) continue;
    for (const d of program.getSyntacticDiagnostics(sf)) push(d, 'tsc');
    for (const d of program.getSemanticDiagnostics(sf)) push(d, 'tsc');
  }
  for (const d of program.getOptionsDiagnostics()) push(d, 'tsc');
  for (const d of program.getGlobalDiagnostics()) push(d, 'tsc');
}

let linterStatus = lint ? 'ran' : 'off';
let lastProgram;
if (lint && ts.createIncrementalProgramForArkTs && ts.ArkTSLinter_1_1) {
  // The linter needs a builder program that carries a second, strict program
  // for itself, created the way OpenHarmony's build creates it.
  const host = ts.createIncrementalCompilerHost(options);
  const builder = ts.createIncrementalProgramForArkTs({ rootNames, options, host });
  lastProgram = builder.getProgram();
  mark('program built');
  collectTsc(lastProgram);
  mark('type-checked');
  try {
    for (const sf of lastProgram.getSourceFiles()) {
      if (!genSet.has(path.normalize(sf.fileName))) continue;
      const diags = ts.ArkTSLinter_1_1.runArkTSLinter(builder, sf, undefined, 'ArkTS_1_1');
      // Linter problems carry their rule number (< 1000) as code; the rest are
      // tsc diagnostics of the linter's strict program (deduplicated by push).
      for (const d of diags) push(d, d.code < 1000 ? 'arkts-linter' : 'tsc');
    }
    mark('linted');
  } catch (e) {
    linterStatus = `failed: ${e && e.message ? e.message.split('\n')[0] : String(e)}`;
  }
} else {
  if (lint) linterStatus = 'failed: this ohos-typescript has no ArkTSLinter_1_1';
  lastProgram = ts.createProgram({ rootNames, options, host: ts.createCompilerHost(options) });
  mark('program built');
  collectTsc(lastProgram);
  mark('type-checked');
}

// Every generated file must be a module: a file without import/export is a
// global script, and scripts checked together redeclare each other's names.
function checkModules(program) {
  for (const sf of program.getSourceFiles()) {
    const fileName = path.normalize(sf.fileName);
    if (!genSet.has(fileName) || sf.externalModuleIndicator) continue;
    out.push({
      file: fileName, line: 1, col: 1, severity: 'error', code: 'ets-not-a-module',
      message: 'file has no import or export, so it is a global script: export its struct (or anything) to make it a module',
      source: 'xui',
    });
  }
}
checkModules(lastProgram);

out.sort((a, b) => (a.file || '').localeCompare(b.file || '') || a.line - b.line || a.col - b.col);
process.stdout.write(JSON.stringify({
  tool: 'ohos-typescript',
  tsVersion,
  declarationsVersion: declVersion,
  linter: linterStatus,
  diagnostics: out,
}, null, 1) + '\n');
