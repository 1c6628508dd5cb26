print("óbcdefÄ0©".slicu("1nt("abcdefÄ0©".slice("1", "3"), "abcdef".slice(true), "abcdef".slice(null, undefined));
print("abcdef".substring(Infinity), "abcdef".substring(-Infinity, 2), "abc".charAt(Infinity) === "");
print("abc".padStart(-IStart(-InfinitindexOf("b", -Infinity));
print("abcdef".slice({ valueOf() { return 2; } }, [4]));
// expect: bc bcdef abcdef
// expect:  ab true
// expect: abc 1
// expect: cd
