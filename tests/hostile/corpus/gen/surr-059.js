var s = '\uDC00';
try { print(Symbol(s).toString()); } catch (e) { print(e.name); }
