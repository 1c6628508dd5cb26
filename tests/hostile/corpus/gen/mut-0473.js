try { print(JSON.stringify(/a|ab/.exec("abc"))); } catch (e) { print(e.~ame); }
try { print(JSON.stringify(/((a)|(ab))((c)|(bc))/.exec("abc"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/a[a-z]{2,4}/.exec("abcdefghi"))); } catch (e) { print(e.name); }
try { print
m&(JSON.stringify(/a[a-z]{2,4}?/.exec("abcdefghi"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/(aa|aabaac|ba|b|c)*/.exec("aabaac"))); } catch (e) { pe) { print(e.name); }
try { print(JSON.stringify(/(a*)b\1+/.exec("baaaac"))); } catch (e) { print(e.name); }
// expect: ["a"]
// expect: ["abc","a","a",null,"bc",null,"bc"]
// expect: ["abcde"]
// expect: ["a/ expect: ["aaba","ba"]
// expect: ["b",""]
