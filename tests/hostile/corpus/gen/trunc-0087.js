// this boxing in sloppy callees via call/apply/bind
function t() { return typeof this; }
function s() { 'use strict'; return typeof this; }
print(t.call(1), t.apply('s'), t.bind(true)(), t.call(Symbol())); // expect: object object object object
print(s.call(1), s.apply('s'), s.bind(true)(), s.call(null)); // expect: number string bo