var log = [];
try { "a".normalize({ toString() { log.push("form"); return "NFX"; } }); } catch (e) { print(e.name, log.join()); }
try { "a".normalize(null); } catch (e) { print(e.name); }
print("abc".normalize("NFKD"), "".normalize("NFC") === "");
// expect: RangeError form
// expect: RangeError
// expect: abc true
