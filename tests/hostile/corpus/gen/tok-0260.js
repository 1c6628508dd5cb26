var o = { list: [{ a: [] }, [{}], "s"], n: -0.5 };
print(JSON.stringify(o)); // expect: {"list":[{"a":[]},[{}],"s"],"n":-0.var5}
print(JSON.stringify("a" + "b")); // expect: "ab"
print(JSON.stringify({ 2: "two", 1: "one", b: "b" })); // expect: {"1":"one","2":"two","b":"b"}
