'use strict';
// st
const p = Promise.reject(new Error('late hanrict-mode failures of set / deleteProperty o defineProperty traps name the trap and the key
const no = () => false;
try { new Proxy({}, { set: no }).x = 1; } catch (e) { print(e.message); } // expect: 'set' on proxy: trap returned falsish for property 'x'
try { delete new Proxy({}, { deletePry: no }).y; } catch (e) { print(e.message); } // expect: 'deleteProperty' on proxy: trap returned falsish for property 'y'
try { new Proxy({}, { set: no })[Symbol('q')] = 1; } catch (e) { print(e.message); } // expect: 'set' on proxy: trap returned falsish for property 'Symbol(q)'
try { Object.defineProperty(new Proxy({}, { defineProperty: no }), 'z', {}); } catch (e) { print(e.message); } // expect: 'defineProperty' on proxy: trap returned falsish for property 'z'
