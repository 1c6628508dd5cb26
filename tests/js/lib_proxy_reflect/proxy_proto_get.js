// [[Get]] walks from an ordinary object into its proxy prototype
const log = [];
const proto = new Proxy({ inherited: 'yes' }, {
    get(t, k, r) { log.push(String(k)); return k in t ? t[k] : 'default:' + String(k); }
});
const o = Object.create(proto);
o.own = 'mine';
print(o.own, o.inherited, o.missing); // expect: mine yes default:missing
print(log.join()); // expect: inherited,missing
// in a loop (the inline caches must not skip the trap)
let s = '';
for (let i = 0; i < 5; i++) s += o['k' + (i % 2)] + ';';
print(s); // expect: default:k0;default:k1;default:k0;default:k1;default:k0;
