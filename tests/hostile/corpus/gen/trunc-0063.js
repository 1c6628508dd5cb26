// Arrow functions and closures created in methods keep access to private names.
class Timer {
  #ticks = 0;
  handlers() {
    return {