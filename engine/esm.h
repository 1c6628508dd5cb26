/*
 * esm.h -- ES modules (prefix esm_): .mjs files, static import/export with
 * live bindings, cycles, re-exports, dynamic import() from any code.
 * docs/runtime.md "Modules" describes the design.
 *
 * The parser (PARSE_MODULE) desugars import/export declarations into calls
 * on the module's hidden parameter %m (parse_stmt.c, parse_module_item);
 * esm.c wraps the parsed module in a strict generator
 *   function* (%m) { with (%m.env) { <head: the %m calls> yield; <body> } }
 * whose first step instantiates the module (hoisted functions, the export
 * getters `() => binding`, which read the module's own binding cells) and
 * whose second step evaluates it.  %m.env holds the import bindings as
 * accessors whose getters are the exporters' getters: live, and a read
 * before the exporter initialised the binding is its TDZ ReferenceError.
 * The module graph (load, link, evaluate in post-order, namespaces) is a
 * small JS program compiled once on first use (esm_loader_src in esm.c).
 *
 * State: INTR_EsmLoader (the loader object, made lazily).
 */
#ifndef TL_ESM_H
#define TL_ESM_H

#include "vm.h"

/* realm_init, after mod_install: the function behind import() in scripts
 * and CommonJS modules (INTR_DynImport; the parser names it %dynimport, the
 * compiler loads it as a constant: no global property shows it). */
bool esm_install(VM *vm);
/* Run the file as the main module (its graph loaded and linked before any
 * module runs).  VAL_EXCEPTION with the exception pending on failure. */
JSValue esm_run_main(VM *vm, const char *path);
/* Does this file name make a module (ends in .mjs)? */
bool esm_is_module_path(const char *path);
/* Node 22's syntax detection: does this source, which the CommonJS side
 * parses with parse_flags (0: the main script, PARSE_FUNCTION_BODY: a
 * required file), use module syntax (import/export declarations,
 * import.meta, top-level await)? */
bool esm_source_is_module(const char *text, size_t len, int parse_flags);
/* .mjs; or a .js (or extensionless) file under a package.json with "type":
 * "module"; or, without a "type", any name but .cjs/.json whose source uses
 * module syntax.  esm_format_is_module decides for a text already read. */
bool esm_file_is_module(VM *vm, const char *path);
bool esm_format_is_module(VM *vm, const char *path, const char *text, size_t len, int parse_flags);
/* require() of an ES module at this real path: its namespace (node 22.12+);
 * a graph with top-level await is an ERR_REQUIRE_ASYNC_MODULE Error. */
JSValue esm_require(VM *vm, const char *path);

#endif
