// super property access reaches a proxy parent: instance and static methods
class A { m() { return 'A.m'; } static s() { return 'A.s'; } }
const log = [];
const PA = new Proxy(A, 