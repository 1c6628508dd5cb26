try { print(JSON.stringify("\ud83d\ude00".codePointAt())); } catch (e) { print(e.name); }
try { print(JSON.stringify("\ud83d\ude00".codePointAt(1.5))); } catch (e) { print(e.name); }
try { print(JSON.stringify("\ud83d\ude00".codePointAt("1"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".codePointAt(NaN))); } catch (e) { print(e.name); }
try { print(JSON.stringify("\udbff\udfff".codePointAt(0))); } catch (e) { print(e.name); }
try { print(JSON.stringify("\ud800\ud800".codePointAt(0))); } catch (e) { print(e.name); }
// expect: 128512
// expect: 56832
// expect: 56832
// expect: 97
// expect: 1114111
// expect: 55296
