var s = '\uDE00b';
try { print(s + s); } catch (e) { print(e.name); }
