try { Array.prototype.toString=function(){return this+''}; [1]+''; } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
