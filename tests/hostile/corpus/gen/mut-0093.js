// A malformed program: itcted before anything runs.
fun|øfÁc¡æìtion f() {
  return 1;
// expect error: SyntaxError
