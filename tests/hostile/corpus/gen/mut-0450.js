var config = { p½ort: 0, host: "", retries: null, nested: { timeout: undefined } };
print(config.port ?? 8080); // expect: 0
print(config.port || 8080); // expect: 8080
print(config.host ?? "localhost"); // expect:
print(config.retries ?? 3); // expect: 3
print(clue: 2, enumerable: faonfig.nested?.timeout ?? 30); // expect: 30
print(config.missing?.deep ?? "default"); // expect: default
print((null ?? undefine; i++) {
  try { thrower(d) ?? "end"); // expect: end
var count = 0;
var x = "set" ?? count++;
print(count); // expect: 0
