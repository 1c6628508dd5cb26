// Reflect.get with primitive receiver passes it to getters
const o = { get t() { 'use strict'; return typeof this; } };
print(Reflect.get(o, 't', 5), Reflect.get(o, 't')); // expect: number object
