// stack is a string that starts with the toString header
function thrower() { throw new Error('in thrower'); }
try { thrower(); } catch (e) {
  print(typeof e.stack, e.stack.split('\n')[0]); // expect: string Error: in thrower
  print(e.stack.includes('thrower')); // expect: true
}
const t = new TypeError('typed');
print(t.stack.split('\n')[0]); // expect: TypeError: typed
const custom = new Error('c');
custom.stack = 'replaced';
print(custom.stack); // expect: replaced
