try { class A { get x(){ return this.x } } new A().x; } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
