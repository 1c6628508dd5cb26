var s = '\uDE00b';
try { print([...s].length); } catch (e) { print(e.name); }
