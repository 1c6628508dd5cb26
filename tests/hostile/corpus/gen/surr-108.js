var s = '\uDE00b';
try { print(Array.from(s).length); } catch (e) { print(e.name); }
