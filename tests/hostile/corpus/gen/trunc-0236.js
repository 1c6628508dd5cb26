function f(x) {
  switch (x)