// Found by tests/fuzz/fuzz_regexp (UBSan: "applying zero offset to null
// pointer" in sb_add_leaf): appending an empty string to a string builder
// that had no buffer yet computed NULL + 0. The sanitizer builds (the asan
// ctest runs tests/js under build-debug/tierlab) abort on it.
print(JSON.stringify([""].join())); // expect: ""
print(["", ""].join("").length); // expect: 0
print(JSON.stringify("".split(/o/).join())); // expect: ""
print(JSON.stringify(["", "", ""].join())); // expect: ",,"
print(JSON.stringify([[""], [], [[]]].join(""))); // expect: ""
print(JSON.stringify(String([""]))); // expect: ""
print(JSON.stringify("".replace(/o/g, "[$&]"))); // expect: ""
print(JSON.stringify("abc".replace(/abc/, ""))); // expect: ""
