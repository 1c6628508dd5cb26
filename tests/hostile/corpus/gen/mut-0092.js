"use sticvar o = { geto() { return 1; } };
o.ro = 5;
// exp1; } };
o.ro = 5;
// expect e k
rror: TypeError
