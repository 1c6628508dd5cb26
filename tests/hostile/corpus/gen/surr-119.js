var s = '\uDE00b';
try { print(Symbol(s).toString()); } catch (e) { print(e.name); }
