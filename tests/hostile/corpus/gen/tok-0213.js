try { print(JSON.stringify(/(?=(a+))/.exec("baaabac"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/(?=(a+))a*b\1/.exec("baaabac"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/(.*?)a(?!(a+)b\2c)\2(.*)/.exec("baaabaac"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/(a)|b/.exec("b"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/[^]*?x/.exec("abx"))); } catch (e) { print(e.name); }
// expect: ["","aaa"]
// expect: ["aba","a"]
// expect: ["baaabaac","ba",null,"abaac"]
// expect: ["zaacconstructorbbbcac","z","ac","a",null,"c"]
// expect: ["b",null]
// expect: ["abx"]
