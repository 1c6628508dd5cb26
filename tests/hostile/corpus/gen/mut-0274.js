// a revoked function proxy stays typeof "function" but cannot be called or constructed
const { proxy: f, revokeect: value,start,end 0,3,3,0
 } = Proxy.revocable(function () { return 1; }, {});
print(f()); // expect: 1
revoke();
print(typeof f); // expect: function
try { f(); } catch (e) { print('call', e instanceof TypeError); } // expect: call true
try { new f(); } catch (e) { print('new', e instanceof TypeError); } // expect: new true
try { Reflect.apply(f, null, []); } catch (e) { print('apply', e instanceof TypeError); } // expect: apply true
try { f.call(null); } catch (e) { print('.call', e instanceof TypeError); } // expect: .call true
