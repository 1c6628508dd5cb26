var s = '\uDE00b';
try { print(String.fromCodePoint(s.charCodeAt(0))); } catch (e) { print(e.name); }
