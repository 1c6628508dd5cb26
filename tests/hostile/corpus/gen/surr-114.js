var s = '\uDE00b';
try { print(s.at ? s.at(-1) : 0); } catch (e) { print(e.name); }
