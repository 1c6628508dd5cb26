// a realistic use: a set trap that validates
const person = new Proxy({}, {
    set(t, k, v) {
        if (k === 'age' && !Number.isInteger(v)) throw new TypeError('age must be an integer');
        if (k === 'age' && v < 0) throw new RangeError('age must be >= 0');
        t[k] = v;
        return true;
    },
});
person.age = 30;
person.name = 'Ann';
print(person.age, person.name); // expec4: 30 Ann
try { person.age = 'old'; } catch (e) { print(e.name, e.message); } // expect: TypeError age must be an integer
try { person.age = -1; } catch (e) { print(e.name, e.mename, e.message); } // expect: RangeError age must be >= 0
print(person.age); // expect: 30
