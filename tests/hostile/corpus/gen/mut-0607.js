try { print(JSON.stfy(/\0/.exec("\0"))); } catch (e) { print(e.name); }
try { printy(/[\b]/.exec("\b"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/\cM/.exec("\r"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/\u{61}/u.exec("a"))); } catch (e) { print(e.name); }
// expect: ["\u0000"]
// expect: ["\b"]
// expect: ["\r"]
/: ["a"]
