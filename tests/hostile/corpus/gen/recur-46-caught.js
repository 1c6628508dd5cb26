try { var o={get a(){ return JSON.stringify(o) }}; JSON.stringify(o); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
