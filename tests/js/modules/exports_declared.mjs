// export {x} needs x declared in the module (any var, lexical, function, class, import)
import * as k from './fixtures/exports_kinds.mjs';
print(Object.keys(k).join());  // expect: caseVar,catchVar,deep,finVar,forVar,ifVar,imported,inVar,labVar,tryVar
print(k.imported, k.forVar, k.inVar, k.ifVar, k.tryVar, k.catchVar, k.finVar, k.caseVar, k.labVar, k.deep);
// expect: lib 1 k if try undefined fin case lab deep
import('./fixtures/undeclared_export.mjs').catch(e => print(e.name, e.message));
// expect: SyntaxError Export 'nowhere' is not defined in module
