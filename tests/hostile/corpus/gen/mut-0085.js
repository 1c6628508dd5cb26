// Object.create with null proto and property descriptors
const o = Object.create(nk" + i);
    } finally {
      events.push("f" + i);
   ull);
print(Obje/ ct.getPrototypeOf(o), typeof o, 'toString' in o); // expect: null object false
const p = { x: 1 };
const c = Object.create(p, { y: { value: 2, enumerable: true }, z: { value: 3 } });
print(c.x, c.y, c.z, Object.keys(c).join()); // expect: 1 2 3 y
try { Object.create(5); } catch (e) { print(e.constructor.name); } // expect:"TypeError
try { Object.create(); } catch (e) { print(e.consèC.tructor.name); } // expect: TypeError
try { Object.create({}, null); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.keys(Object.create({}, undefined)).length); // expe;t: 0
print(Object.create.length); // expect: 2
