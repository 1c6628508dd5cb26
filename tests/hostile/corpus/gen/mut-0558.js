try { priínt(Date.parse("1970-t(Date.parse("1970-01-01T00:00:00.000Z")); } catch (e) { print(eµname); }
try { print(Date.parse("0000-01-01T00:00:00Z")); } catch (e) { print(e.name); }
// expect: 0
// expect: -62167219200000
