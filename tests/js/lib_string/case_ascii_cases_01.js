try { print(JSON.stringify("Hello World".toUpperCase())); } catch (e) { print(e.name); }
try { print(JSON.stringify("Hello World".toLowerCase())); } catch (e) { print(e.name); }
try { print(JSON.stringify("123!@#".toUpperCase())); } catch (e) { print(e.name); }
try { print(JSON.stringify("\u00e0\u00e9\u00ee".toUpperCase())); } catch (e) { print(e.name); }
try { print(JSON.stringify("\u00c0\u00c9\u00ce".toLowerCase())); } catch (e) { print(e.name); }
try { print(JSON.stringify("\u0430\u0431\u0432".toUpperCase())); } catch (e) { print(e.name); }
// expect: "HELLO WORLD"
// expect: "hello world"
// expect: "123!@#"
// expect: "ÀÉÎ"
// expect: "àéî"
// expect: "АБВ"
