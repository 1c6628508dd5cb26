// a top-level declaration may not redeclare an import
import('./fixtures/redeclare.mjs').catch(e => print(e.name, e.message));
// expect: SyntaxError Identifier 'name' has already been declared
