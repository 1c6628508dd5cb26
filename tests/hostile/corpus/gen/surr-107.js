var s = '\uDE00b';
try { print(escape ? escape(s) : 0); } catch (e) { print(e.name); }
