// Private fields never show up in reflection or serialisation.
class Secret {
  #hidden = 'h';
  static #s = 1;
  #m() {}
  shown = 's';
}
const s = new Secret();
console.log(JSON.stringify(Object.keys(s)), Reflect.ownKeys(s).length, Object.getOwnPropertyNames(s).join());
console.log(Object.getOwnPropertySymbols(s).length, JSON.stringify(s));
const keys = []; for (const k in s) keys.push(k); console.log(keys.join());
console.log(JSON.stringify(Object.entries(s)), JSON.stringify(Object.assign({}, s)), JSON.stringify({ ...s }));
console.log(Reflect.ownKeys(Secret).join(), Object.getOwnPropertyDescriptors(s).shown.value);
console.log(s.hasOwnProperty('#hidden'), '#hidden' in s, s['#hidden']);
// expect: ["shown"] 1 shown
// expect: 0 {"shown":"s"}
// expect: shown
// expect: [["shown","s"]] {"shown":"s"} {"shown":"s"}
// expect: length,name,prototype s
// expect: false false undefined
