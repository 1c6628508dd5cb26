// >>> is a TypeError for BigInts
try { 1n >>> 1n; } catch (e) { print(e.constructor.name, e.message); } // expect: TypeError BigInts have no unsigned right shift, use >> instead
try { -1n >>> 0n; } catch (e) { print(e.constructor.name); } // expect: TypeError
let x = 8n;
try { x >>>= 1n; } catch (e) { print(e.constructor.name, String(x)); } // expect: TypeError 8
try { 1n >>> 1; } catch (e) { print(e.constructor.name); } // expect: TypeError
