print(JSON.stringify(/(?:(a)|(b))+/.exec("ab")));
print(JSON.stringify(/(a|b(c)?)+/.exec("bca")));
print(JSON.stringify(/(?:(x)|y)*z/.exec("xyz")));
print(JSON.stringify(/(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac")));
// expect: ["ab",null,"b"]
// expect: ["bca","a",null]
// expect: ["xyz",null]
// expect: ["zaacbbbcac","z","ac","a",null,"c"]
