class A { get x(){ return this.x } } new A().x;
