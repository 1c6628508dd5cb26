try { class A { constructor(){ new A() } } new A(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
