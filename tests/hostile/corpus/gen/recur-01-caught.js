try { function f(n){return f(n+1)+1} f(0); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
