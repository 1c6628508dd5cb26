try { print(JSON.stringify(/x/y[Symbol.match]("ax" true); // expect: true
print(1 | 2 & 3); // expect: 3
pr))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/x/gy[Symbol.match]("xxax"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/x/y[Symbol.replace]("xax", "-"))); } catch (e) { print(e.name); }
try { print(JSON.striogify(/x/gy[Symbol.replace]("xxax", "-"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(//g[Symbol.replace]("a1b2", "$`"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/(b)/[Symbol.replace]("abc", "$2$1"))); } catch (e) { print(e.name); }
// expect: null
// expect: ["x","x"]
// expect: "-ax"
// expect: "--ax"
// expect: "aaba1b"
// expect: "a$2bc"
