try { var o={toJSON(){return JSON.stringify(this)}}; JSON.stringify(o); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
