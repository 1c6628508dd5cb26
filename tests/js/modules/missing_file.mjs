// a missing file: ERR_MODULE_NOT_FOUND before any module runs
import './fixtures/side_print.mjs';
import './fixtures/not_there.mjs';
print('must not run');
// expect error: Error: Cannot find module
