var s = '\uDC00';
try { print(s.codePointAt(0)); } catch (e) { print(e.name); }
