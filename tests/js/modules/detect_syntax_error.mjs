// A .js file with module syntax is parsed as a module, so a module-only
// error (here: `with`, strict mode) is its SyntaxError; nothing of it runs.
import('./fixtures/esm_with_error.js').catch(e => print(e.name, e.message));
// expect: SyntaxError Strict mode code may not include a with statement
