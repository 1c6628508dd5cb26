// Array.prototype methods on a proxied array use Get/Set/Has/Delete and length
const log = [];
const arr = new Proxy([1, 2, 3], {
    set(t, k, v, r) { log.push('set ' + k + '=' + v); return Reflect.set(t, k, v, r); },
    deleteProperty(t, k) { log.push('delete ' + k); return Reflect.deleteProperty(t, k); },
});
arr.push(4);
print(log.join(', ')); // expect: set 3=4, set length=4
log.length = 0;
print(arr.shift(), log.join(', ')); // expect: 1 set 0=2, set 1=3, set 2=4, delete 3, set length=3
log.length = 0;
print(arr.pop(), log.join(', ')); // expect: 4 delete 2, set length=2
print(arr.join('-'), arr.length); // expect: 2-3 2
