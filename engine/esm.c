/*
 * esm.c -- ES modules (prefix esm_): see esm.h and docs/runtime.md "Modules".
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "esm.h"
#include "builtins/bi_internal.h"
#include "builtins/path.h"
#include "builtins/process.h"
#include "compiler.h"
#include "modules.h"
#include "parser.h"

/* The module graph, in JS.  compile(path) gives a module's wrapper
 * generator function; resolve(specifier, referrer) the file's real path
 * (or throws ERR_MODULE_NOT_FOUND). */
static const char esm_loader_src[] =
"(function (compile, resolve, isModule, source, markNamespace) {\n"
"'use strict';\n"
"const records = new Map();\n"
"const defineProperty = Object.defineProperty, create = Object.create, preventExtensions = Object.preventExtensions, keys = Object.keys;\n"
"const jsonParse = JSON.parse;\n"
"const ProxyCtor = Proxy, getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor, sameValue = Object.is;\n"
"const reflectDefine = Reflect.defineProperty, reflectDelete = Reflect.deleteProperty, tagKey = Symbol.toStringTag;\n"
"const AMBIGUOUS = {};\n"
"function readOnly() { throw new TypeError('Assignment to constant variable.'); }\n"
"function Rec(path) {\n"
"  this.path = path; this.env = create(null); this.local = new Map(); this.indirect = new Map();\n"
"  this.key = path; this.stars = []; this.imports = []; this.requests = new Map(); this.deps = new Map();\n"
"  this.status = 'new'; this.linked = false; this.hasError = false; this.error = undefined; this.ns = undefined; this.gen = undefined; this.requireNs = undefined;\n"
"}\n"
"Rec.prototype = create(null);\n"
"// A module request is (specifier, import attributes ['key', 'value', ...]); deps and requests are keyed by reqKey.\n"
"function reqKey(spec, attrs) { return attrs && attrs.length ? spec + '\\0' + attrs.join('\\0') : spec; }\n"
"Rec.prototype.req = function (spec, attrs) { const k = reqKey(spec, attrs); if (!this.requests.has(k)) this.requests.set(k, [spec, attrs]); return k; };\n"
"Rec.prototype.imp = function (local, spec, name, line, col, attrs) { this.imports.push([local, spec, name, line, col, this.req(spec, attrs)]); };\n"
"function once(rec, name) { if (rec.local.has(name) || rec.indirect.has(name)) throw new SyntaxError(`Duplicate export of '${name}'`); }\n"
"Rec.prototype.exp = function (name, getter) { once(this, name); this.local.set(name, getter); };\n"
"Rec.prototype.rexp = function (name, spec, imported, attrs) { once(this, name); this.indirect.set(name, [spec, imported, this.req(spec, attrs)]); };\n"
"Rec.prototype.star = function (spec, attrs) { this.stars.push(this.req(spec, attrs)); };\n"
"Rec.prototype.dep = function (spec, attrs) { this.req(spec, attrs); };\n"
"Rec.prototype.dyn = function (spec, options) { return dynImport(spec, this.path, options); };\n"
"defineProperty(Rec.prototype, 'meta', { get() { return this.metaObj || (this.metaObj = { __proto__: null, url: 'file://' + encodeURI(this.path) }); } });\n"
"const req = typeof globalThis.require === 'function' ? globalThis.require : null;\n"
"const isPath = /^(\\.\\.?(\\/|$)|\\/)/;\n"
"function resolveSpec(spec, referrer) {\n"
"  if (isPath.test(spec) || !req) return resolve(spec, referrer);\n"
"  let found;\n"
"  try { found = req.resolve(spec); } catch (e) {\n"
"    const err = new Error(`Cannot find package '${spec}' imported from ${referrer}`);\n"
"    err.code = 'ERR_MODULE_NOT_FOUND';\n"
"    throw err;\n"
"  }\n"
"  return found[0] === '/' ? found : 'node:' + (found.startsWith('node:') ? found.slice(5) : found);\n"
"}\n"
"// The names a CommonJS file's source assigns on exports (node's cjs-module-lexer,\n"
"// approximated): exports.x = / module.exports.x = / exports['x'] = /\n"
"// Object.defineProperty(exports, 'x', ...) / module.exports = { x, y: z, ... }\n"
"// (keys until the first value that is not an identifier) / module.exports =\n"
"// require('./other') and ...require('./other') in that literal (its names too).\n"
"const ID = '[A-Za-z_$][\\\\w$]*';\n"
"const cjsDot = new RegExp(`(?:^|[^\\\\w$.])(?:module\\\\s*\\\\.\\\\s*)?exports\\\\s*\\\\.\\\\s*(${ID})\\\\s*=(?!=)`, 'g');\n"
"const cjsIndex = /(?:^|[^\\w$.])(?:module\\s*\\.\\s*)?exports\\s*\\[\\s*(['\"])([^'\"\\n]*)\\1\\s*\\]\\s*=(?!=)/g;\n"
"const cjsDefine = /Object\\s*\\.\\s*defineProperty\\s*\\(\\s*(?:module\\s*\\.\\s*)?exports\\s*,\\s*(['\"])([^'\"\\n]*)\\1/g;\n"
"const cjsAssign = /(?:^|[^\\w$.])module\\s*\\.\\s*exports\\s*=\\s*(\\{|require\\s*\\(\\s*(['\"])([^'\"\\n]+)\\2\\s*\\))/g;\n"
"const cjsKey = new RegExp(`\\\\s*(?:(${ID})|(['\"])([^'\"\\\\n]*)\\\\2|\\\\.\\\\.\\\\.\\\\s*require\\\\s*\\\\(\\\\s*(['\"])([^'\"\\\\n]+)\\\\4\\\\s*\\\\))\\\\s*`, 'y');\n"
"const cjsValue = new RegExp(`\\\\s*${ID}\\\\s*`, 'y');\n"
"function cjsNames(path, seen) {\n"
"  const names = new Set();\n"
"  if (seen.includes(path)) return names;\n"
"  seen.push(path);\n"
"  const text = source(path);\n"
"  if (typeof text !== 'string') return names;\n"
"  const reexport = (spec) => {\n"
"    let p;\n"
"    try { p = req ? req.resolve(spec.startsWith('.') ? path.slice(0, path.lastIndexOf('/') + 1) + spec : spec) : undefined; } catch (e) { return; }\n"
"    if (typeof p === 'string' && p[0] === '/' && !p.endsWith('.json')) for (const n of cjsNames(p, seen)) names.add(n);\n"
"  };\n"
"  let m;\n"
"  for (const re of [cjsDot, cjsIndex, cjsDefine]) {\n"
"    re.lastIndex = 0;\n"
"    while ((m = re.exec(text)) !== null) names.add(re === cjsDot ? m[1] : m[2]);\n"
"  }\n"
"  cjsAssign.lastIndex = 0;\n"
"  while ((m = cjsAssign.exec(text)) !== null) {\n"
"    if (m[1] !== '{') { reexport(m[3]); continue; }\n"
"    let at = cjsAssign.lastIndex;\n"
"    for (;;) {\n"
"      cjsKey.lastIndex = at;\n"
"      const k = cjsKey.exec(text);\n"
"      if (!k) break;\n"
"      at = cjsKey.lastIndex;\n"
"      if (k[5] !== undefined) reexport(k[5]);\n"
"      else {\n"
"        names.add(k[1] !== undefined ? k[1] : k[3]);\n"
"        if (text[at] === ':') { cjsValue.lastIndex = at + 1; if (!cjsValue.exec(text)) break; at = cjsValue.lastIndex; }\n"
"      }\n"
"      if (text[at] !== ',') break;\n"
"      at++;\n"
"    }\n"
"  }\n"
"  names.delete('default');\n"
"  return names;\n"
"}\n"
"function commonjs(path) {\n"
"  const r = new Rec(path);\n"
"  if (path.startsWith('node:')) {\n"
"    const m = req(path);\n"
"    r.local.set('default', () => m);\n"
"    for (const k of Object.keys(m)) if (k !== 'default') r.local.set(k, () => m[k]);\n"
"    r.status = 'evaluated';\n"
"    return r;\n"
"  }\n"
"  let value, done = false;\n"
"  const snapshot = create(null);\n"
"  const before = (name) => { throw new ReferenceError(`Cannot access '${name}' of ${path} before initialization`); };\n"
"  r.local.set('default', () => done ? value : before('default'));\n"
"  // named exports: the values module.exports has when the file has run (a snapshot, as in node)\n"
"  const names = path.endsWith('.json') ? [] : [...cjsNames(path, [])];\n"
"  for (const n of names) r.local.set(n, () => done ? snapshot[n] : before(n));\n"
"  r.gen = { next() {\n"
"    if (!req) throw new Error(`Cannot load ${path}: no require`);\n"
"    value = req(path);\n"
"    if (value !== null && (typeof value === 'object' || typeof value === 'function')) for (const n of names) snapshot[n] = value[n];\n"
"    done = true;\n"
"  } };\n"
"  return r;\n"
"}\n"
"// A JSON module (import attribute type: 'json'): its default export is the parsed file, parsed\n"
"// when the graph loads; node shares it with require()'s cache, and so do we.\n"
"function jsonModule(path) {\n"
"  const r = new Rec(path);\n"
"  let value;\n"
"  if (req) value = req(path);\n"
"  else {\n"
"    const text = source(path);\n"
"    try { value = jsonParse(text); } catch (e) { e.message = `${path}: ${e.message}`; throw e; }\n"
"  }\n"
"  r.local.set('default', () => value);\n"
"  r.status = 'evaluated';\n"
"  return r;\n"
"}\n"
"function attrError(code, msg) { const e = new TypeError(msg); e.code = code; return e; }\n"
"function urlOf(path) { return path.startsWith('node:') ? path : 'file://' + encodeURI(path); }\n"
"// The import attributes of a request for the file at path, checked as node 20 does\n"
"// (lib/internal/modules/esm/assert.js): only the key 'type'; a .json file needs\n"
"// type 'json', any other format no type.  Gives the type ('json' or undefined).\n"
"function checkAttrs(path, attrs) {\n"
"  let type;\n"
"  if (attrs) for (let i = 0; i < attrs.length; i += 2) {\n"
"    if (attrs[i] !== 'type') throw attrError('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', `Import attribute \"${attrs[i]}\" with value \"${attrs[i + 1]}\" is not supported`);\n"
"    type = attrs[i + 1];\n"
"  }\n"
"  const json = !path.startsWith('node:') && path.endsWith('.json');\n"
"  if (json && type === 'json' || !json && type === undefined) return type;\n"
"  if (type === undefined) throw attrError('ERR_IMPORT_ASSERTION_TYPE_MISSING', `Module \"${urlOf(path)}\" needs an import attribute of type \"json\"`);\n"
"  if (type !== 'json') throw attrError('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', `Import attribute type \"${type}\" is unsupported`);\n"
"  throw attrError('ERR_IMPORT_ASSERTION_TYPE_FAILED', `Module \"${urlOf(path)}\" is not of type \"${type}\"`);\n"
"}\n"
"// The record of the file at path requested with attrs.  Records are keyed by\n"
"// path and type, so a file loaded as JSON is never taken for a JS module.\n"
"function load(path, attrs, created) {\n"
"  const type = checkAttrs(path, attrs);\n"
"  const key = type === 'json' ? 'json\\0' + path : path;\n"
"  let r = records.get(key);\n"
"  if (r) return r;\n"
"  if (type === 'json' || !isModule(path)) {\n"
"    r = type === 'json' ? jsonModule(path) : commonjs(path);\n"
"    r.key = key;\n"
"    records.set(key, r);\n"
"    created.push(r);\n"
"    return r;\n"
"  }\n"
"  const fn = compile(path);\n"
"  r = new Rec(path);\n"
"  records.set(key, r);\n"
"  created.push(r);\n"
"  r.gen = fn.call(undefined, r);\n"
"  const first = r.gen.next();   // the head: hoisting, export getters, import records\n"
"  r.async = typeof first.then === 'function';   // an async generator: the module uses top-level await\n"
"  for (const [k, [spec, attrs]] of r.requests) {\n"
"    let dep;\n"
"    try { dep = resolveSpec(spec, path); checkAttrs(dep, attrs); } catch (e) {\n"
"      // the stack names the importing module, not the loader's own frames\n"
"      if (e && typeof e.code === 'string' && (e.code === 'ERR_MODULE_NOT_FOUND' || e.code.startsWith('ERR_IMPORT_')))\n"
"        defineProperty(e, 'stack', { value: `${e.name} [${e.code}]: ${e.message}\\n    at ${path}`, writable: true, configurable: true });\n"
"      throw e;\n"
"    }\n"
"    r.deps.set(k, load(dep, attrs, created));\n"
"  }\n"
"  return r;\n"
"}\n"
"function resolveExport(rec, name, seen) {\n"
"  for (const s of seen) if (s[0] === rec && s[1] === name) return null;\n"
"  seen.push([rec, name]);\n"
"  const g = rec.local.get(name);\n"
"  if (g) return g;\n"
"  const ind = rec.indirect.get(name);\n"
"  if (ind) {\n"
"    const dep = rec.deps.get(ind[2]);\n"
"    if (ind[1] === '*') return nsGetter(dep);\n"
"    return resolveExport(dep, ind[1], seen);\n"
"  }\n"
"  if (name === 'default') return null;\n"
"  let found = null;\n"
"  for (const k of rec.stars) {\n"
"    const g2 = resolveExport(rec.deps.get(k), name, seen);\n"
"    if (g2 === AMBIGUOUS) return g2;\n"
"    if (g2) { if (found && found !== g2) return AMBIGUOUS; found = g2; }\n"
"  }\n"
"  return found;\n"
"}\n"
"function nsGetter(rec) {\n"
"  if (!rec.nsGetter) { const n = namespace(rec); rec.nsGetter = () => n; }\n"
"  return rec.nsGetter;\n"
"}\n"
"function exportNames(rec, seen, out) {\n"
"  if (seen.includes(rec)) return out;\n"
"  seen.push(rec);\n"
"  for (const n of rec.local.keys()) if (!out.includes(n)) out.push(n);\n"
"  for (const n of rec.indirect.keys()) if (!out.includes(n)) out.push(n);\n"
"  for (const k of rec.stars) {\n"
"    const sub = exportNames(rec.deps.get(k), seen, []);\n"
"    for (const n of sub) if (n !== 'default' && !out.includes(n)) out.push(n);\n"
"  }\n"
"  return out;\n"
"}\n"
"// A module namespace object (ECMA-262 10.4.6) over gs, a null-prototype object of\n"
"// live-binding getters: own properties are writable, enumerable, non-configurable data\n"
"// properties whose value is the binding's current value (a binding in its TDZ throws its\n"
"// ReferenceError), [[Set]] fails (TypeError in strict code), delete of an export fails,\n"
"// keys in code unit order, @@toStringTag 'Module', null prototype, not extensible.\n"
"// The exotic methods are a Proxy's traps; the target holds the same keys so the\n"
"// Proxy invariants agree with what the traps report.\n"
"function nsObject(gs) {\n"
"  const names = keys(gs).sort();\n"
"  const target = create(null);\n"
"  for (const n of names) defineProperty(target, n, { value: undefined, writable: true, enumerable: true, configurable: false });\n"
"  defineProperty(target, tagKey, { value: 'Module' });\n"
"  preventExtensions(target);\n"
"  const own = [...names, tagKey];\n"
"  return markNamespace(new ProxyCtor(target, {\n"
"    __proto__: null,\n"
"    get(t, k) { if (typeof k === 'symbol') return t[k]; return k in gs ? gs[k]() : undefined; },\n"
"    set() { return false; },\n"
"    has(t, k) { return typeof k === 'symbol' ? k in t : k in gs; },\n"
"    getOwnPropertyDescriptor(t, k) {\n"
"      if (typeof k === 'symbol') return getOwnPropertyDescriptor(t, k);\n"
"      if (!(k in gs)) return undefined;\n"
"      return { value: gs[k](), writable: true, enumerable: true, configurable: false };\n"
"    },\n"
"    defineProperty(t, k, d) {\n"
"      if (typeof k === 'symbol') return reflectDefine(t, k, d);\n"
"      if (!(k in gs)) return false;\n"
"      const v = gs[k]();   // [[GetOwnProperty]] first: a binding in its TDZ throws\n"
"      if (d.configurable === true || d.enumerable === false || d.writable === false || 'get' in d || 'set' in d) return false;\n"
"      return 'value' in d ? sameValue(d.value, v) : true;\n"
"    },\n"
"    deleteProperty(t, k) { return typeof k === 'symbol' ? reflectDelete(t, k) : !(k in gs); },\n"
"    ownKeys() { return own.slice(); },\n"
"  }));\n"
"}\n"
"function namespace(rec) {\n"
"  if (rec.ns) return rec.ns;\n"
"  const gs = create(null);\n"
"  for (const n of exportNames(rec, [], [])) {\n"
"    const g = resolveExport(rec, n, []);\n"
"    if (g && g !== AMBIGUOUS) defineProperty(gs, n, { value: g, enumerable: true });\n"
"  }\n"
"  rec.ns = nsObject(gs);\n"
"  return rec.ns;\n"
"}\n"
"function syntaxAt(msg, path, line, col) {\n"
"  const e = new SyntaxError(msg);\n"
"  defineProperty(e, 'stack', { value: `SyntaxError: ${msg}\\n    at ${path}:${line}:${col}`, writable: true, configurable: true });\n"
"  return e;\n"
"}\n"
"function link(rec) {\n"
"  if (rec.linked) return;\n"
"  rec.linked = true;\n"
"  for (const dep of rec.deps.values()) link(dep);\n"
"  for (const [local, spec, name, line, col, k] of rec.imports) {\n"
"    const dep = rec.deps.get(k);\n"
"    const g = name === '*' ? nsGetter(dep) : resolveExport(dep, name, []);\n"
"    if (g === AMBIGUOUS) throw syntaxAt(`The requested module '${spec}' contains conflicting star exports for name '${name}'`, rec.path, line, col);\n"
"    if (!g) throw syntaxAt(`The requested module '${spec}' does not provide an export named '${name}'`, rec.path, line, col);\n"
"    defineProperty(rec.env, local, { get: g, set: readOnly, enumerable: true, configurable: false });\n"
"  }\n"
"  for (const [name, ind] of rec.indirect) {\n"
"    const g = resolveExport(rec, name, []);\n"
"    if (!g) throw new SyntaxError(`The requested module '${ind[0]}' does not provide an export named '${ind[1]}'`);\n"
"  }\n"
"}\n"
"function fail(rec, e) { rec.hasError = true; rec.error = e; rec.status = 'evaluated'; }\n"
"// undefined when the module (and what it waits for) ran to its end, else a promise (top-level await)\n"
"function evaluate(rec) {\n"
"  if (rec.status !== 'new') { if (rec.hasError) throw rec.error; return rec.promise; }\n"
"  rec.status = 'evaluating';\n"
"  const waits = [];\n"
"  try {\n"
"    for (const dep of rec.deps.values()) { const p = evaluate(dep); if (p) waits.push(p); }\n"
"    if (waits.length === 0 && !rec.async) { rec.gen.next(); rec.status = 'evaluated'; return undefined; }\n"
"  } catch (e) { fail(rec, e); throw e; }\n"
"  rec.promise = Promise.all(waits).then(() => rec.gen.next()).then(() => { rec.status = 'evaluated'; },\n"
"                                                                  e => { fail(rec, e); throw e; });\n"
"  return rec.promise;\n"
"}\n"
"function prepare(path, attrs) {\n"
"  const created = [];\n"
"  let rec;\n"
"  try {\n"
"    rec = load(path, attrs, created);\n"
"    link(rec);\n"
"  } catch (e) {\n"
"    for (const r of created) records.delete(r.key);\n"
"    throw e;\n"
"  }\n"
"  return rec;\n"
"}\n"
"function run(path) { return evaluate(prepare(path)); }\n"
"// import(spec, options): ToString(spec) and the options are read at the call (the spec's\n"
"// EvaluateImportCall; an abrupt completion rejects the promise), the graph loads in a job.\n"
"function importAttributes(options) {\n"
"  if (options === undefined) return undefined;\n"
"  if (options === null || typeof options !== 'object' && typeof options !== 'function') throw new TypeError('The second argument to import() must be an object');\n"
"  const w = options.with;\n"
"  if (w === undefined) return undefined;\n"
"  if (w === null || typeof w !== 'object' && typeof w !== 'function') throw new TypeError(\"The 'with' option must be an object\");\n"
"  const attrs = [];\n"
"  for (const k of keys(w)) {\n"
"    const v = w[k];\n"
"    if (typeof v !== 'string') throw new TypeError('Import attribute value must be a string');\n"
"    attrs.push([k, v]);\n"
"  }\n"
"  attrs.sort((a, b) => a[0] < b[0] ? -1 : 1);   // the request's key does not depend on the order\n"
"  const flat = [];\n"
"  for (const [k, v] of attrs) flat.push(k, v);\n"
"  return flat;\n"
"}\n"
"function dynImport(spec, referrer, options) {\n"
"  let attrs;\n"
"  try {\n"
"    spec = `${spec}`;   // ToString: a Symbol is a TypeError\n"
"    attrs = importAttributes(options);\n"
"  } catch (e) { return Promise.reject(e); }\n"
"  return Promise.resolve().then(() => {\n"
"    const rec = prepare(resolveSpec(spec, referrer), attrs);\n"
"    const p = evaluate(rec);\n"
"    return p ? p.then(() => namespace(rec)) : namespace(rec);\n"
"  });\n"
"}\n"
"// require() of an ES module (node 22.12+): its namespace, if the graph has no top-level await\n"
"function requireModule(path) {\n"
"  const rec = prepare(path);\n"
"  if (rec.status === 'evaluating') {\n"
"    const e = new Error(`Cannot require() ES Module ${path} in a cycle.`);\n"
"    e.code = 'ERR_REQUIRE_CYCLE_MODULE';\n"
"    throw e;\n"
"  }\n"
"  if (evaluate(rec)) {\n"
"    const e = new Error('require() cannot be used on an ESM graph with top-level await. Use import() instead.');\n"
"    e.code = 'ERR_REQUIRE_ASYNC_MODULE';\n"
"    throw e;\n"
"  }\n"
"  // node: a module with a default export (and no __esModule of its own) comes with __esModule: true\n"
"  const ns = namespace(rec);\n"
"  if (!('default' in ns) || '__esModule' in ns) return ns;\n"
"  if (!rec.requireNs) {\n"
"    const gs = create(null);\n"
"    for (const n of keys(ns)) defineProperty(gs, n, { value: () => ns[n], enumerable: true });\n"
"    defineProperty(gs, '__esModule', { value: () => true, enumerable: true });\n"
"    rec.requireNs = nsObject(gs);\n"
"  }\n"
"  return rec.requireNs;\n"
"}\n"
"return { run, dynImport, requireModule };\n"
"})";

bool esm_is_module_path(const char *path)
{
    size_t n = strlen(path);
    return n >= 4 && strcmp(path + n - 4, ".mjs") == 0;
}

static char *read_all(const char *path, size_t *len);

static bool ident_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
           c >= 0x80;
}

/* Does the word w occur in the text as a whole word (`exports` is not `export`)? */
static bool has_word(const char *text, size_t len, const char *w)
{
    size_t m = strlen(w);
    for (size_t at = 0; len >= m && at <= len - m;) {
        const char *hit = memchr(text + at, w[0], len - m + 1 - at);
        if (!hit) return false;
        size_t i = (size_t)(hit - text);
        if (memcmp(hit, w, m) == 0 && (i == 0 || !ident_byte((unsigned char)text[i - 1])) &&
            (i + m == len || !ident_byte((unsigned char)text[i + m])))
            return true;
        at = i + 1;
    }
    return false;
}

/* Node 22's syntax detection (docs/runtime.md "ES modules"): parsed the way
 * the CommonJS side parses it (parse_flags), the text fails with an error
 * only module syntax causes (an import or export declaration, import.meta),
 * or it fails and parses as a module that uses top-level await. */
bool esm_source_is_module(const char *text, size_t len, int parse_flags)
{
    /* every such error needs one of these words: most files parse once */
    if (!has_word(text, len, "import") && !has_word(text, len, "export") && !has_word(text, len, "await"))
        return false;
    Arena arena = { 0 };
    ParseError perr;
    bool module = false;
    if (parse_program(&arena, text, len, parse_flags, &perr)) goto out;
    if (strcmp(perr.message, "Cannot use import statement outside a module") == 0 ||
        strcmp(perr.message, "Unexpected token 'export'") == 0 ||
        strcmp(perr.message, "Cannot use 'import.meta' outside a module") == 0) {
        module = true;
        goto out;
    }
    arena_free(&arena);
    arena = (Arena){ 0 };
    Node *m = parse_program(&arena, text, len, PARSE_MODULE, &perr);
    module = m && m->u.program.func && m->u.program.func->is_async;
out:
    arena_free(&arena);
    return module;
}

/* By the file name and package.json alone: 1 module, 0 not, -1 look at
 * the syntax.  .mjs is a module, .cjs and .json never; a .js file (or one
 * without an extension) is what the "type" of its package scope says
 * (modules.c mod_package_type), and without one node 22 looks at its syntax. */
static int format_by_name(VM *vm, const char *path)
{
    size_t n = strlen(path);
    if (esm_is_module_path(path)) return 1;
    if (n >= 4 && (strcmp(path + n - 4, ".cjs") == 0 || (n >= 5 && strcmp(path + n - 5, ".json") == 0))) return 0;
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash : path, '.');
    if (!dot || strcmp(dot, ".js") == 0) {
        int type = mod_package_type(vm, path);
        if (type == MOD_TYPE_MODULE) return 1;
        if (type == MOD_TYPE_COMMONJS) return 0;
    }
    return -1;
}

bool esm_format_is_module(VM *vm, const char *path, const char *text, size_t len, int parse_flags)
{
    int f = format_by_name(vm, path);
    return f >= 0 ? f == 1 : esm_source_is_module(text, len, parse_flags);
}

bool esm_file_is_module(VM *vm, const char *path)
{
    int f = format_by_name(vm, path);
    if (f >= 0) return f == 1;
    size_t len = 0;
    char *text = read_all(path, &len);
    if (!text) return false;   /* the CommonJS side reports it */
    if (len >= 2 && text[0] == '#' && text[1] == '!')
        for (size_t i = 0; i < len && text[i] != '\n'; i++) text[i] = ' ';
    if (len >= 3 && (unsigned char)text[0] == 0xEF && (unsigned char)text[1] == 0xBB && (unsigned char)text[2] == 0xBF)
        memset(text, ' ', 3);
    bool r = esm_source_is_module(text, len, PARSE_FUNCTION_BODY);
    free(text);
    return r;
}

static JSValue cstr(VM *vm, const char *s) { return str_from_utf8(vm, s, strlen(s)); }

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t k;
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    bool bad = ferror(f) != 0;
    fclose(f);
    if (bad) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static Node *mk(Arena *a, NodeKind k, uint16_t height)
{
    Node *n = ast_new(a, k, 1, 1, 0);
    if (n) n->height = height;
    return n;
}

static Node *mk_ident(Arena *a, const char *name)
{
    Node *n = mk(a, N_IDENT, 0);
    if (n) n->u.ident.name = name;
    return n;
}

/* Is this top-level statement one of the parser's %m calls (the module's head)? */
static bool is_head(const Node *s)
{
    if (s->kind != N_EXPR_STMT || !s->u.unary.arg || s->u.unary.arg->kind != N_CALL) return false;
    const Node *c = s->u.unary.arg->u.call.callee;
    return c->kind == N_MEMBER && c->u.member.object->kind == N_IDENT &&
           strcmp(c->u.member.object->u.ident.name, "%m") == 0 &&
           strcmp(c->u.member.property->u.ident.name, "dyn") != 0;
}

/* The import's local name (an %m.imp call's first argument) equals name? */
static bool str_is(const Node *n, const char *name)
{
    size_t len = strlen(name);
    if (n->kind != N_STRING || n->u.str.len != len) return false;
    for (size_t i = 0; i < len; i++)
        if (n->u.str.units[i] != (unsigned char)name[i]) return false;
    return true;
}

/* A top-level declaration's name that an import already binds, or NULL. */
static const Node *clash(const NodeList *body, const Node *t)
{
    if (!t) return NULL;
    switch ((int)t->kind) {
    case N_IDENT:
        for (uint32_t i = 0; i < body->count; i++) {
            const Node *s = body->items[i];
            if (!is_head(s)) continue;
            const Node *call = s->u.unary.arg;
            if (strcmp(call->u.call.callee->u.member.property->u.ident.name, "imp") == 0 &&
                str_is(call->u.call.args.items[0], t->u.ident.name))
                return t;
        }
        return NULL;
    case N_ASSIGN_PATTERN: return clash(body, t->u.assign.target);
    case N_REST: return clash(body, t->u.unary.arg);
    case N_ARRAY_PATTERN: case N_OBJECT_PATTERN:
        for (uint32_t i = 0; i < t->u.list.count; i++) {
            const Node *it = t->u.list.items[i];
            const Node *c = clash(body, it && it->kind == N_PROPERTY ? it->u.prop.value : it);
            if (c) return c;
        }
        return NULL;
    default: return NULL;
    }
}

/* The first top-level declaration that redeclares an imported name. */
static const Node *redeclared_import(const NodeList *body)
{
    for (uint32_t i = 0; i < body->count; i++) {
        const Node *s = body->items[i], *c = NULL;
        if (s->kind == N_VAR_DECL)
            for (uint32_t j = 0; j < s->u.var.decls.count && !c; j++) c = clash(body, s->u.var.decls.items[j]->u.decl.target);
        else if (s->kind == N_FUNCTION_DECL)
            c = clash(body, s->u.func.name);
        else if (s->kind == N_CLASS_DECL)
            c = clash(body, s->u.cls.name);
        if (c) return c;
    }
    return NULL;
}

/* ---- `export {x}` needs a declared x ---- */

typedef struct Names { const char **v; uint32_t n, cap; } Names;

static void names_add(Names *ns, const char *name)
{
    if (ns->n == ns->cap) {
        uint32_t cap = ns->cap ? ns->cap * 2 : 32;
        const char **v = realloc(ns->v, cap * sizeof *v);
        if (!v) abort();
        ns->v = v;
        ns->cap = cap;
    }
    ns->v[ns->n++] = name;
}

static void names_pattern(Names *ns, const Node *t)
{
    if (!t) return;
    switch ((int)t->kind) {
    case N_IDENT: names_add(ns, t->u.ident.name); break;
    case N_ASSIGN_PATTERN: names_pattern(ns, t->u.assign.target); break;
    case N_REST: names_pattern(ns, t->u.unary.arg); break;
    case N_ARRAY_PATTERN: case N_OBJECT_PATTERN:
        for (uint32_t i = 0; i < t->u.list.count; i++) {
            const Node *it = t->u.list.items[i];
            names_pattern(ns, it && it->kind == N_PROPERTY ? it->u.prop.value : it);
        }
        break;
    default: break;
    }
}

/* The names a statement declares in the module scope: `var` anywhere outside
 * functions, and (top) lexical declarations, functions and classes. */
static void names_stmt(Names *ns, const Node *s, bool top)
{
    if (!s) return;
    switch ((int)s->kind) {
    case N_VAR_DECL:
        if (top || s->u.var.kind == VAR_VAR)
            for (uint32_t i = 0; i < s->u.var.decls.count; i++) names_pattern(ns, s->u.var.decls.items[i]->u.decl.target);
        break;
    case N_FUNCTION_DECL: if (top) names_pattern(ns, s->u.func.name); break;
    case N_CLASS_DECL: if (top) names_pattern(ns, s->u.cls.name); break;
    case N_BLOCK:
        for (uint32_t i = 0; i < s->u.list.count; i++) names_stmt(ns, s->u.list.items[i], false);
        break;
    case N_IF: names_stmt(ns, s->u.if_.then, false); names_stmt(ns, s->u.if_.else_, false); break;
    case N_FOR: names_stmt(ns, s->u.for_.init, false); names_stmt(ns, s->u.for_.body, false); break;
    case N_FOR_IN: case N_FOR_OF: names_stmt(ns, s->u.forin.left, false); names_stmt(ns, s->u.forin.body, false); break;
    case N_WHILE: case N_DO_WHILE: names_stmt(ns, s->u.loop.body, false); break;
    case N_LABELED: names_stmt(ns, s->u.labeled.body, false); break;
    case N_TRY:
        names_stmt(ns, s->u.try_.block, false);
        names_stmt(ns, s->u.try_.handler, false);
        names_stmt(ns, s->u.try_.finalizer, false);
        break;
    case N_SWITCH:
        for (uint32_t i = 0; i < s->u.switch_.cases.count; i++) {
            const NodeList *b = &s->u.switch_.cases.items[i]->u.case_.body;
            for (uint32_t j = 0; j < b->count; j++) names_stmt(ns, b->items[j], false);
        }
        break;
    default: break;
    }
}

/* The first `export {x}` whose x the module does not declare or import, or NULL. */
static const Node *undeclared_export(const NodeList *body)
{
    Names ns = { 0 };
    for (uint32_t i = 0; i < body->count; i++) names_stmt(&ns, body->items[i], true);
    const Node *bad = NULL;
    for (uint32_t i = 0; i < body->count && !bad; i++) {
        const Node *s = body->items[i];
        if (!is_head(s)) continue;
        const Node *call = s->u.unary.arg;
        const char *m = call->u.call.callee->u.member.property->u.ident.name;
        if (strcmp(m, "exp") != 0) continue;
        const Node *fn = call->u.call.args.items[1];
        const Node *id = fn->u.func.body.items[0]->u.unary.arg;
        bool found = false;
        for (uint32_t j = 0; j < ns.n && !found; j++) found = strcmp(ns.v[j], id->u.ident.name) == 0;
        for (uint32_t j = 0; j < body->count && !found; j++) {
            const Node *h = body->items[j];
            if (!is_head(h)) continue;
            const Node *c = h->u.unary.arg;
            found = strcmp(c->u.call.callee->u.member.property->u.ident.name, "imp") == 0 &&
                    str_is(c->u.call.args.items[0], id->u.ident.name);
        }
        if (!found) bad = id;
    }
    free(ns.v);
    return bad;
}

static uint16_t up(uint16_t h) { return h < UINT16_MAX ? (uint16_t)(h + 1) : UINT16_MAX; }

/* (function* (%m) { with (%m.env) { <head> yield; <body> } }) */
static Node *wrap_module(Arena *a, Node *body, size_t len)
{
    uint16_t h = up(up(body->height));
    Node *fn = mk(a, N_FUNCTION, up(up(up(h))));
    Node *stmt = mk(a, N_EXPR_STMT, up(fn ? fn->height : 0));
    Node *prog = mk(a, N_PROGRAM, up(stmt ? stmt->height : 0));
    Node *with = mk(a, N_WITH, up(up(h)));
    Node *block = mk(a, N_BLOCK, up(h));
    Node *obj = mk(a, N_MEMBER, 1);
    Node *ystmt = mk(a, N_EXPR_STMT, 1);
    Node *y = mk(a, N_YIELD, 0);
    FuncNode *top = arena_alloc(a, sizeof(FuncNode));
    Node *param = mk_ident(a, "%m");
    if (!fn || !stmt || !prog || !with || !block || !obj || !ystmt || !y || !top || !param) return NULL;
    obj->u.member.object = mk_ident(a, "%m");
    obj->u.member.property = mk_ident(a, "env");
    if (!obj->u.member.object || !obj->u.member.property) return NULL;
    ystmt->u.unary.arg = y;
    NodeList *src = &body->u.program.body;
    for (uint32_t i = 0; i < src->count; i++)
        if (is_head(src->items[i])) ast_list_push(a, &block->u.list, src->items[i]);
    ast_list_push(a, &block->u.list, ystmt);
    for (uint32_t i = 0; i < src->count; i++)
        if (!is_head(src->items[i])) ast_list_push(a, &block->u.list, src->items[i]);
    block->end = with->end = (uint32_t)len;
    with->u.with.object = obj;
    with->u.with.body = block;
    with->paren = 1;   /* the module's own `with`: allowed in strict code (comp_stmt.c) */
    fn->u.func = *body->u.program.func;
    fn->u.func.name = NULL;
    fn->u.func.is_expression = true;
    fn->u.func.is_generator = true;
    fn->u.func.is_strict = true;
    fn->u.func.has_simple_params = true;
    memset(&fn->u.func.body, 0, sizeof fn->u.func.body);
    ast_list_push(a, &fn->u.func.body, with);
    fn->u.func.body_start = 0;
    memset(&fn->u.func.params, 0, sizeof fn->u.func.params);
    ast_list_push(a, &fn->u.func.params, param);
    fn->end = stmt->end = prog->end = (uint32_t)len;
    stmt->u.unary.arg = fn;
    ast_list_push(a, &prog->u.program.body, stmt);
    prog->u.program.is_strict = true;
    top->has_simple_params = true;
    top->is_strict = true;
    top->body = prog->u.program.body;
    prog->u.program.func = top;
    return prog;
}

/* A SyntaxError whose stack names file:line:col. */
static JSValue throw_syntax_at(VM *vm, const char *file, uint32_t line, uint32_t col, const char *msg)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue m = cstr(vm, msg);
    if (m == VAL_EXCEPTION) goto out;
    JSValue e = err_new(vm, SyntaxError, m);
    if (e == VAL_EXCEPTION) goto out;
    JSValue *he = heap_handle(vm, e);
    size_t n = strlen(msg) + strlen(file) + 64;
    char *text = malloc(n);
    if (!text) {
        r = err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        goto out;
    }
    snprintf(text, n, "SyntaxError: %s\n    at %s:%u:%u", msg, file, line, col);
    JSValue sv = cstr(vm, text);
    free(text);
    if (sv == VAL_EXCEPTION || obj_define_value(vm, *he, vm_atom(vm, ATOM_stack), sv, PROP_HIDDEN) < 0) goto out;
    r = err_throw_value(vm, *he);
out:
    heap_scope_close(vm, hs);
    return r;
}

/* compile(path): the module's wrapper generator function. */
static JSValue esm_compile(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)nt;
    JSValue pv = bi_arg(args, argc, 0);
    if (!val_is_string(pv)) return bi_throw_type(vm, "module path must be a string");
    char *path = str_to_utf8(vm, pv, NULL);
    if (!path) return VAL_EXCEPTION;
    size_t len = 0;
    char *text = read_all(path, &len);
    if (!text) {
        JSValue r = bi_process_throw_code(vm, Error, "ERR_MODULE_NOT_FOUND", "Cannot find module '%s'", path);
        free(path);
        return r;
    }
    if (len >= 2 && text[0] == '#' && text[1] == '!')
        for (size_t i = 0; i < len && text[i] != '\n'; i++) text[i] = ' ';
    if (len >= 3 && (unsigned char)text[0] == 0xEF && (unsigned char)text[1] == 0xBB && (unsigned char)text[2] == 0xBF)
        memset(text, ' ', 3);
    Source *src = calloc(1, sizeof *src);
    if (!src) {
        free(text);
        free(path);
        return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    }
    src->name = path;
    src->text = text;
    src->len = len;
    src->refs = 1;
    Arena arena = { 0 };
    ParseError perr;
    JSValue r = VAL_EXCEPTION;
    Node *body = parse_program(&arena, text, len, PARSE_MODULE, &perr);
    if (!body) {
        throw_syntax_at(vm, path, perr.line, perr.col, perr.message);
        goto out;
    }
    const Node *dup = redeclared_import(&body->u.program.body);
    if (dup) {
        char msg[200];
        snprintf(msg, sizeof msg, "Identifier '%.150s' has already been declared", dup->u.ident.name);
        throw_syntax_at(vm, path, dup->line, dup->col, msg);
        goto out;
    }
    const Node *undecl = undeclared_export(&body->u.program.body);
    if (undecl) {
        char msg[200];
        snprintf(msg, sizeof msg, "Export '%.150s' is not defined in module", undecl->u.ident.name);
        throw_syntax_at(vm, path, undecl->line, undecl->col, msg);
        goto out;
    }
    Node *prog = wrap_module(&arena, body, len);
    if (!prog) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        goto out;
    }
    if (vm->flags.print_ast) ast_dump(prog, stdout);
    CompileError cerr;
    FunctionProto *before = vm->protos;
    FunctionProto *fp = comp_compile_program(vm, prog, src, &cerr);
    for (FunctionProto *p = vm->protos; p && p != before; p = p->next) {
        vm->stats.v[STAT_functions_compiled]++;
        vm->stats.v[STAT_bytecode_bytes] += p->code_len;
    }
    if (!fp) {
        if (!err_pending(vm)) throw_syntax_at(vm, path, cerr.line, cerr.col, cerr.message);
        goto out;
    }
    if (vm->flags.print_bytecode) bc_disassemble(vm, fp, stdout);
    r = vm_run_proto(vm, fp);
    if (r != VAL_EXCEPTION && !val_is_function(r)) r = bi_throw_type(vm, "module wrapper did not compile to a function");
out:
    arena_free(&arena);
    if (--src->refs == 0) {
        free(src->name);
        free(src->text);
        free(src);
    }
    return r;
}

static bool exists_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* resolve(specifier, referrer): the real path of a relative or absolute specifier. */
static JSValue esm_resolve(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)nt;
    JSValue sv = bi_arg(args, argc, 0), rv = bi_arg(args, argc, 1);
    char *spec = val_is_string(sv) ? str_to_utf8(vm, sv, NULL) : NULL;
    if (!spec) return err_pending(vm) ? VAL_EXCEPTION : bi_throw_type(vm, "module specifier must be a string");
    char *ref = val_is_string(rv) ? str_to_utf8(vm, rv, NULL) : NULL;
    char *cwd = getcwd(NULL, 0);
    char *dir = ref ? bi_path_dirname(ref) : NULL;
    JSValue r = VAL_EXCEPTION;
    bool rel = strncmp(spec, "./", 2) == 0 || strncmp(spec, "../", 3) == 0 || spec[0] == '/' ||
               strcmp(spec, ".") == 0 || strcmp(spec, "..") == 0;
    if (!rel) {
        r = bi_process_throw_code(vm, Error, "ERR_MODULE_NOT_FOUND",
                                  "Cannot find package '%s' imported from %s (only relative and absolute file specifiers are supported)",
                                  spec, ref ? ref : (cwd ? cwd : "."));
        goto out;
    }
    const char *parts[3] = { cwd ? cwd : "/", dir ? dir : (cwd ? cwd : "/"), spec };
    char *abs = bi_path_resolve(parts, 3);
    if (!abs) {
        r = err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        goto out;
    }
    if (!exists_file(abs)) {
        if (ref)
            r = bi_process_throw_code(vm, Error, "ERR_MODULE_NOT_FOUND", "Cannot find module '%s' imported from %s", abs, ref);
        else
            r = bi_process_throw_code(vm, Error, "ERR_MODULE_NOT_FOUND", "Cannot find module '%s'", abs);
        free(abs);
        goto out;
    }
    char *real = realpath(abs, NULL);
    free(abs);
    r = real ? cstr(vm, real) : err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    free(real);
out:
    free(spec);
    free(ref);
    free(cwd);
    free(dir);
    return r;
}

/* isModule(path): does the loader treat this file as an ES module? */
static JSValue esm_is_module_native(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)nt;
    JSValue pv = bi_arg(args, argc, 0);
    if (!val_is_string(pv)) return VAL_FALSE;
    char *path = str_to_utf8(vm, pv, NULL);
    if (!path) return VAL_EXCEPTION;
    bool r = strncmp(path, "node:", 5) != 0 && esm_file_is_module(vm, path);
    free(path);
    return val_from_bool(r);
}

/* source(path): the file's text (UTF-8), or undefined when it cannot be read. */
static JSValue esm_source_native(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)nt;
    JSValue pv = bi_arg(args, argc, 0);
    if (!val_is_string(pv)) return VAL_UNDEFINED;
    char *path = str_to_utf8(vm, pv, NULL);
    if (!path) return VAL_EXCEPTION;
    size_t len = 0;
    char *text = read_all(path, &len);
    free(path);
    if (!text) return VAL_UNDEFINED;
    JSValue r = str_from_utf8(vm, text, len);
    free(text);
    return r;
}

/* markNamespace(proxy): flags a namespace so console.log shows its bindings. */
static JSValue esm_mark_namespace(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)vm, (void)nt;
    JSValue p = bi_arg(args, argc, 0);
    if (obj_is_class(p, CLS_PROXY)) val_obj(p)->flags |= OBJ_MODULE_NAMESPACE;
    return p;
}

/* The loader object { run, dynImport, requireModule }, made on first use. */
static JSValue loader(VM *vm)
{
    JSValue l = vm_intrinsic(vm, INTR_EsmLoader);
    if (val_is_object(l)) return l;
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue mk_fn = vm_eval_source(vm, "[esm loader]", esm_loader_src, sizeof esm_loader_src - 1, false);
    if (mk_fn == VAL_EXCEPTION) goto out;
    JSValue *hmk = heap_handle(vm, mk_fn);
    JSValue *argv = heap_handle(vm, VAL_UNDEFINED);
    for (int i = 1; i < 5; i++) heap_handle(vm, VAL_UNDEFINED);
    JSValue f = fn_new_native(vm, "compile", esm_compile, 1, 0);
    if (f == VAL_EXCEPTION) goto out;
    argv[0] = f;
    f = fn_new_native(vm, "resolve", esm_resolve, 2, 0);
    if (f == VAL_EXCEPTION) goto out;
    argv[1] = f;
    f = fn_new_native(vm, "isModule", esm_is_module_native, 1, 0);
    if (f == VAL_EXCEPTION) goto out;
    argv[2] = f;
    f = fn_new_native(vm, "source", esm_source_native, 1, 0);
    if (f == VAL_EXCEPTION) goto out;
    argv[3] = f;
    f = fn_new_native(vm, "markNamespace", esm_mark_namespace, 1, 0);
    if (f == VAL_EXCEPTION) goto out;
    argv[4] = f;
    l = vm_call(vm, *hmk, VAL_UNDEFINED, 5, argv);
    if (l == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_EsmLoader] = l;
    r = l;
out:
    heap_scope_close(vm, hs);
    return r;
}

static JSValue call_loader(VM *vm, const char *method, int argc, JSValue *argv)
{
    JSValue l = loader(vm);
    if (l == VAL_EXCEPTION) return l;
    JSValue key = atom_from_cstr(vm, method);
    if (key == VAL_EXCEPTION) return key;
    JSValue fn = obj_get(vm, vm_intrinsic(vm, INTR_EsmLoader), key);
    if (fn == VAL_EXCEPTION) return fn;
    return vm_call(vm, fn, VAL_UNDEFINED, argc, argv);
}

JSValue esm_run_main(VM *vm, const char *path)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    char *real = realpath(path, NULL);
    JSValue p = cstr(vm, real ? real : path);
    free(real);
    if (p != VAL_EXCEPTION) {
        JSValue *hp = heap_handle(vm, p);
        /* the loader keeps the main module's require (bare specifiers, CommonJS
         * files); the module itself sees no CommonJS globals, as in node */
        if (loader(vm) != VAL_EXCEPTION && mod_drop_main_globals(vm)) r = call_loader(vm, "run", 1, hp);
    }
    heap_scope_close(vm, hs);
    return r == VAL_EXCEPTION ? r : VAL_UNDEFINED;
}

JSValue esm_require(VM *vm, const char *path)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue p = cstr(vm, path);
    if (p != VAL_EXCEPTION) {
        JSValue *hp = heap_handle(vm, p);
        r = call_loader(vm, "requireModule", 1, hp);
    }
    heap_scope_close(vm, hs);
    return r;
}

/* %dynimport(specifier, referrer[, options]): import() outside modules. */
static JSValue esm_dynimport(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)nt;
    HandleScope hs = heap_scope_open(vm);
    JSValue *argv = heap_handle(vm, bi_arg(args, argc, 0));
    heap_handle(vm, bi_arg(args, argc, 1));
    heap_handle(vm, bi_arg(args, argc, 2));
    JSValue r = call_loader(vm, "dynImport", 3, argv);
    heap_scope_close(vm, hs);
    return r;
}

bool esm_install(VM *vm)
{
    JSValue f = fn_new_native(vm, "import", esm_dynimport, 1, 0);
    if (f == VAL_EXCEPTION) return false;
    vm->intrinsics[INTR_DynImport] = f;   /* not a global: the compiler loads it as a constant */
    return true;
}
