/*
 * modules.h -- CommonJS modules, Node's way (prefix mod_): require with
 * relative and absolute paths, node_modules lookup, .js / .json files,
 * index.js and package.json "main" in directories, module.exports /
 * exports / __filename / __dirname / module, require.cache keyed by the
 * file's real path, cycles (a module required again while it loads gives
 * its exports so far), and the built-in modules fs, fs/promises, path,
 * timers and process (also with the node: prefix).
 *
 * Each file is parsed as a function body and compiled as the function
 *   function (exports, require, module, __filename, __dirname) { <file> }
 * built around the parsed body (not around the text), so every line and
 * column in errors and stack traces is the file's own.  It is called with
 * this = module.exports.
 *
 * The main script stays a classic script (top-level declarations are
 * global); require, module, exports, __filename and __dirname are globals
 * for it, set by mod_set_main before it runs (an ES module main file loses
 * them again: mod_drop_main_globals).  Code run without a file
 * (-e) gets node's [eval] module: require relative to the working
 * directory.
 *
 * State: INTR_ModuleState, a ValArray (the cache, the main module,
 * Module.prototype, the original JSON.parse, the built-in module objects).
 */
#ifndef TL_MODULES_H
#define TL_MODULES_H

#include "vm.h"

/* The state and the [eval] globals (realm_init, after the builtins). */
bool mod_install(VM *vm);
/* Before the script file `path` runs: its module ('.', cached under its
 * real path), the globals, process.argv[1].  false with an exception
 * pending on OOM. */
bool mod_set_main(VM *vm, const char *path);
/* An ES module main file gets none of those globals (node: `typeof require`
 * is "undefined"): esm.c removes them once its loader has taken `require`. */
bool mod_drop_main_globals(VM *vm);
/* After the main script ran to its end: module.loaded = true. */
void mod_main_loaded(VM *vm);
/* package.json "type" of a file's package scope (the nearest package.json
 * above it, as node's GetPackageScopeURL: not past a node_modules folder). */
enum { MOD_TYPE_NONE, MOD_TYPE_MODULE, MOD_TYPE_COMMONJS };
int mod_package_type(VM *vm, const char *file);

#endif
