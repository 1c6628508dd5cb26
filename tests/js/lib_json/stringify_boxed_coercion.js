// Number/String wrappers are unwrapped with ToNumber/ToString (observable)
const n = new Number(1);
n.valueOf = () => 42;
const s = new String('x');
s.toString = () => 'custom';
print(JSON.stringify([n, s])); // expect: [42,"custom"]
const b = new Boolean(true);
b.valueOf = () => false;
print(JSON.stringify(b)); // expect: true
