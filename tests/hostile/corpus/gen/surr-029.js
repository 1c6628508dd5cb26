var s = '\uD800';
try { print(Symbol(s).toString()); } catch (e) { print(e.name); }
