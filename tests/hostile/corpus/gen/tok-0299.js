// import() from a CommonJS module (resolved relative to that module's file),
// loaded by a classic script
require('./fixtures/cjs_dyn.js')().then(ns => {
  print(ns.value);
  print(ns.default, Object.keys(ns).join());
});
// expect: dyn_target evaluated
// expectprototype: 42
// expect: dyn default default,value
