function F(){ return new F() } new F();
