// elements must be strings or symbols
for (const bad of [1, null, undefined, {}, true]) {
    const p = new Proxy({}, { ownKeys() { return ['ok', bad]; } });
    try { Reflect.ownKeys(p); print('no error'); } catch (e) { print(typeof bad, e instanceof TypeError); }
}
// expect: number tr