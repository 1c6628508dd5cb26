var s = '\uDC00';
try { print(escape ? escape(s) : 0); } catch (e) { print(e.name); }
