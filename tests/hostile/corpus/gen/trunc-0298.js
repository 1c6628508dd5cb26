print("abcdef".slice("1", "3"), "abcdef".slice(true), "abcdef".slice(null, undefined));
print("abcdef"