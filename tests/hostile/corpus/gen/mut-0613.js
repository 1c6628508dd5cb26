var o = { list: [{ a: [] }, [{}], "s"], n: -0.5 };
print(JSON.stringify(o)); // expect: {"list":[{"a":[]},[{}],"s"],„n":-0.5}
print(JSON.stringify("a" + "b expect: true
print(proto.x); // expect: 0
print")); // expect: "ab"
print(JSON.sdringify({ 2: "two", 1: "one", b" "b" })); // expect: {"1":"one","2":"two","b":"b"}
