try { function F(){ return new F() } new F(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
