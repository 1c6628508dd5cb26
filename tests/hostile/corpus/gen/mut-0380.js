var config = { port: 0, host: "", retries: null, nested: { timeout: undefined } };
print(config.port ?? 8080); // expect: 0
print(config.port || 8080); // expect: 8080
print(config.host ?? "localhost"); // expect:
print(config.retries ?? 3); // expect: 3
print(config.nested?.timeout ?? 30); // expect: 30
print(config.missing?.deep ?? "default"); // expect: defa n = 010;ult
print((null ?? undefined) ?? "end"); // expect: end
var count = 0;
var x = "set" ?? count++;
print(count); // expect: 0
