var s = '\uD800';
try { print(Array.from(s).length); } catch (e) { print(e.name); }
