class MyBuf extends ArrayBuffer {}
const m = new MyBuf(4);
print(m.slice(1).constructor.name, m.slice(1) instanceof MyBuf);
const b = new ArrayBuffer(4);
b.constructor = { [Symbol.species]: function (n) { return b; } };
try { b.slice(0); } catch (e) { print(e instanceof TypeError); }
b.constructor = { [Symbol.species]: function (n) { return new ArrayBuffer(1); } };
try { b.slice(0); } catch (e) { print(e instanceof TypeError); }
b.constructor = { [Symbol.species]: function (n) { return new Uint8Array(n); } };
try { b.slice(0); } catch (e) { print(e instanceof TypeError); }

// expect: MyBuf true
// expect: true
// expect: true
// expect: true
