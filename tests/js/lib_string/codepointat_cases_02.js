try { print(JSON.stringify("\ud800\udc00".codePointAt(-0))); } catch (e) { print(e.name); }
try { print(JSON.stringify("".codePointAt(0))); } catch (e) { print(e.name); }
// expect: 65536
// expect: undefined
