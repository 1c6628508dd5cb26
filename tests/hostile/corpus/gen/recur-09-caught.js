try { var o={toString(){return String(this)}}; String(o); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
