// regression (fuzz_regexp, UBSan): NULL + 0 when an empty string was appended to an empty builder.
print([""].join(), ["", ""].join(""), "".split(/o/).join(), String([""]));
