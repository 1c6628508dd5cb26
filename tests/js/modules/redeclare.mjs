// a top-level declaration may not redeclare an import; an export name may be exported once
import('./fixtures/redeclare.mjs').catch(e => print(e.name, e.message))
  .then(() => import('./fixtures/dup_export.mjs')).catch(e => print(e.name, e.message));
// expect: SyntaxError Identifier 'name' has already been declared
// expect: SyntaxError Duplicate export of 'a'
