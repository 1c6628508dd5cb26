var s = '\uDC00';
try { print(JSON.parse(JSON.stringify(s)) === s); } catch (e) { print(e.name); }
