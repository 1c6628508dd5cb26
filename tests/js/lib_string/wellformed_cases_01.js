try { print(JSON.stringify("\ud800".toWellFormed().charCodeAt(0))); } catch (e) { print(e.name); }
try { print(JSON.stringify("\udfff\ud800".toWellFormed().length)); } catch (e) { print(e.name); }
try { print(JSON.stringify("a\ud800\udc00b".isWellFormed())); } catch (e) { print(e.name); }
try { print(JSON.stringify("\ud800\udc00\udc00".isWellFormed())); } catch (e) { print(e.name); }
try { print(JSON.stringify("\ud800\udc00\udc00".toWellFormed().charCodeAt(2))); } catch (e) { print(e.name); }
try { print(JSON.stringify("".toWellFormed())); } catch (e) { print(e.name); }
// expect: 65533
// expect: 2
// expect: true
// expect: false
// expect: 65533
// expect: ""
