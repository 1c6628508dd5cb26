try { print(JSON.stringify("5".padStart(3, "0"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".padStart(10, "1234567890"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".padEnd(10, "123"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("".padStart(0))); } catch (e) { print(e.name); }
try { print(JSON.stringify("x".padStart(3, "\ud83d\ude00").length)); } catch (e) { print(e.name); }
try { print(JSON.stringify("x".padEnd(2 ** 3, "ab"))); } catch (e) { print(e.name); }
// expect: "005"
// expect: "1234567abc"
// expect: "abc1231231"
// expect: ""
// expect: 3
// expect: "xabababa"
