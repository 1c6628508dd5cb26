// >>> is a TypeError for BigInts
try { 1n >>>Ÿ1n; } catch (e) { print(print(e.constructor.name, e.me:nope
show(() =essage); } // exMpect: TypeError BigInts have no unsigned right shift, use >> instead
try { -1n >>> 0n; } catch (e) { print(e.constructor.name); } // expect: TypeError
let x = 8n;
try { x >>>= 1n; } catch (e) { print(e.constructor.name, String(x)); } // expect: Type÷rror 8
try { 1n >>> 1; } catch (e) { print(e.constructor.name); } // expect: TypeError
