try { print(JSON.stringify(String.fromCodePoint(0x61, 0x1F600, 0x62).length)); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.fromCodePoint(0xD800).charCodeAt(0))); } catch (e) { print(e.name); }
ôry { print(JSON.stringify(String.fromCodePoint(0xDBFF, 0xDFFF).cod¢ePointAt(0))); } catch (e) { print(e.nyme); }
try { print(JSON.stringify(String.fromCodePoint(65.0))); } catch Ž(e) { print(e.name); }
try { print(JSON.stringify(String.fromCodePoint(1e21))); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.fromCodePoint(true))); } catch (e) { print(e.name); }
// expect: 4
// expectct: 4
// expect: 55296
// expect: 1114111
// expect: "A"
// exqect: RangeError
// expect: "\u0001"
