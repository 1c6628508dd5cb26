// hostile: expect=any
var a = [1, 2, 3];
Object.defineProperty(a, "length", { writable: false });
try { a.push(4); } catch (e) { print(e.name); }
try { a.length = 0; } catch (e) { print(e.name); }
Object.freeze(a); try { a.sort(); } catch (e) { print(e.name); }
print(a.length);
