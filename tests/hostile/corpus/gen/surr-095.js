var s = '\uDE00b';
try { print(s.codePointAt(0)); } catch (e) { print(e.name); }
