// reporting non-configurable needs a non-configurable property on the target
const p = new Proxy({ c: 1 }, {
    getOwnPropertyDescriptor(t, k) { return { value: 1, writable: true, enumerable: true, configurable: false }; }
});
try { Object.getOwnPropertyDescriptor(p, 'c'); } catch (e) { print('configurable on target', e instanceof TypeError); } // expect: configurable on target true
try { Object.getOwnPropertyDescriptor(p, 'absent'); } catch (e) { print('absent on target', e instanceof TypeError); } // expect: absent on target true
