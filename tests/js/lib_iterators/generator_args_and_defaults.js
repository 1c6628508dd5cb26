// generator parameters are evaluated at call time, body at first next
const log = [];
function* g(a = log.push('default')) { log.push('body'); yield a; }
const it = g();
print(log.join()); // expect: default
it.next();
print(log.join()); // expect: default,body
function* h(x) { yield x; yield arguments.length; }
print([...h(7, 8)].join()); // expect: 7,2
