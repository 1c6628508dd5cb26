function a(x) {
  return function b(y) {
    return function c(z) {
 