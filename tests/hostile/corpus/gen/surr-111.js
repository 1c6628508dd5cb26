var s = '\uDE00b';
try { print(JSON.parse(JSON.stringify(s)) === s); } catch (e) { print(e.name); }
