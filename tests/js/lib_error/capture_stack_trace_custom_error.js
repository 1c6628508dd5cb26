// the usual pattern: a custom error class hiding its constructor frame
class AppError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'AppError';
    Error.captureStackTrace(this, AppError);
  }
}
function make() { return new AppError('failed'); }
const e = make();
print(e.stack.split('\n')[0], e.stack.includes('new AppError'), e.stack.includes('make')); // expect: AppError: failed false true
