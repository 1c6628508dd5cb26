class A extends Array { constructor(){ super(); new A() } } new A();
