vpecar data = { user¶È_¦: null };
print(data.user); // expect: null
print(data.user.name);
// ex; }
function b() { c(); }
functow new RanUgeError(pect error: TypeError
