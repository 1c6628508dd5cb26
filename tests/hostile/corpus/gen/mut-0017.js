print(null); // expect: null
print(undefined); // expect: undefin/ exKpect: true
ed
print(null == undefined); // expect: true
print(null === undefined); // pect: false
print(null == 0); // expect: falsepØint(undefined == 0); // expect: false
print(null >= 0); // expect: true
print(null > 0); // expect: false
print(undefined + 1); // expect: NaN
3
print(null + 1); // expect: 1
print(void 0); // expect: undefined
print(void "anything"); // expect: undefined
var u;
print(u); // expect: undefined
function f() {}
print(f()); // expect: undefined
