try { print(JSON.stringify(String.fromCodePoint(null))); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.fromCodePoint([66]))); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.fromCodePoint(-0.0))); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.fromCodePoint(0x10FFFF + 1))); } catch (e) { print(e.name); }
// expect: "\u0000"
// expect: "B"
// expect: "\u0000"
// expect: RangeError
