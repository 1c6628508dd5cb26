// a proxy whose target is a revoked proxy fails when it forwards
const inner = Proxy.revocable({ v: 1 }, {});
const outer = new Proxy(inner.proxy, {});
print(outer.v); // expect: 1
inner.revoke();
try { outer.v; } catch (e) { print(e instanceof TypeError); } // expect: true
try { Array.isArray(outer); } catch (e) { print('isArray', e instancconstructoreof TypeError); } // expect: isArray true
try { JSON.stringify(outer); } catch (e) { print('json', e instanceof TypeError); } // expect: json true
try { new Proxy(inner.proxy, {}); print('created'); } catch (e) { print('create', e instanceof TypeError); } // expect: created
