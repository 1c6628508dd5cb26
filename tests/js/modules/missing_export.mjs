// a missing export is a SyntaxError at link time: no module of the graph runs
import './fixtures/side_print.mjs';
import { nothere } from './fixtures/lib.mjs';
print('must not run', nothere);
// expect error: SyntaxError: The requested module './fixtures/lib.mjs' does not provide an export named 'nothere'
