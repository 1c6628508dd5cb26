// Promise.all([]) resolves, but not synchronously
let done = false;
Pr