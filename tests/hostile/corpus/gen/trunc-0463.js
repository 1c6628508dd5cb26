print("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"));
print("a".localeCompare("ab") < 0, "abc".localeCompare("abd") < 0, "".