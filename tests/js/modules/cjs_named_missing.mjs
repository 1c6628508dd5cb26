// a name the scan does not find is a link-time SyntaxError
import { notFound } from './fixtures/cjs_named.js';
print('never', notFound);
// expect error: SyntaxError
