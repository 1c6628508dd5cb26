try { class A extends Array { constructor(){ super(); new A() } } new A(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
