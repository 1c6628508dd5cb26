// import declarations are only for modules
print('never');
import x from './fixtures/lib.mjs';
// expect error: SyntaxError: Cannot use import statement outside a module
